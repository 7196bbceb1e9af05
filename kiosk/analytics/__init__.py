"""Anonymous engagement analytics kept on the device. Plain Python, no Qt.

sqlite3 is imported only by the writer's thread and by the reports, never on the
kiosk's start-up path."""

FILE_NAME = "engagement.sqlite3"
