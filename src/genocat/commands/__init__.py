"""One click command per module; each only parses options and calls the library."""
