/**
 * The browsers each account has signed in from: a sign-in from one the account has not
 * used before is mailed to its owner, so a stolen password does not go unnoticed.
 */
package io.sentia.auth.device;
