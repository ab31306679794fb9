-- One database per service (ARCHITECTURE.md §3), owned by the platform's PostgreSQL user.
-- Runs once, when the postgres-data volume is empty (the image's /docker-entrypoint-initdb.d).
CREATE DATABASE auth;
CREATE DATABASE integrations;
CREATE DATABASE forecasting;
CREATE DATABASE analytics;
CREATE DATABASE notifications;
