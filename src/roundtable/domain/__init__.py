"""Plain vocabulary of the app: enumerations and detached records, no database and no Qt."""
