"""One click command per module, exposed as `command`; each only parses options and calls the library.

The CLI registers every module found here, so a new command needs no edit elsewhere.
"""
