# Sourced by the bench scripts: exports JAVA_HOME and PATH for a JDK 21 or newer (JAVA_HOME
# first, then /usr/lib/jvm), or stops the calling script with a message naming it.
java_home="${JAVA_HOME:-}"
if [ -z "$java_home" ] || ! "$java_home/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
	java_home=$(ls -d /usr/lib/jvm/*25* /usr/lib/jvm/*21* 2>/dev/null | head -1 || true)
fi
[ -n "$java_home" ] || { echo "$(basename "$0"): needs JDK 21 or newer (set JAVA_HOME)" >&2; exit 2; }
export JAVA_HOME="$java_home" PATH="$java_home/bin:$PATH"
