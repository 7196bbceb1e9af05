"""Many kiosks, one exhibit: content releases and the kiosk's store of them, the health
file for Prometheus, and engagement exports for one report across kiosks. Plain Python, no
Qt; nothing here runs on the visitor's path."""
