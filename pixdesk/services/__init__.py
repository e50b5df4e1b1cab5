"""Every user action, Qt-free: the UI, the command line and the tests all call these."""
