"""The Qt interface. It reads the content model and never changes it."""
