"""pyqtgraph imports PySide6's two OpenGL modules as it loads, though the kiosk never draws
with OpenGL (pyqtgraph's useOpenGL stays off). Their bindings are 9 MB, so the bundle leaves
them out, and these stand-ins satisfy the imports. Asking for an OpenGL viewport raises."""
import sys
import types


class QOpenGLWidget:
    def __init__(self, *args, **kwargs):
        raise RuntimeError("this kiosk bundle has no OpenGL: pyqtgraph's useOpenGL must stay off")


for _name in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
    _module = types.ModuleType(_name, __doc__)
    _module.QOpenGLWidget = QOpenGLWidget
    sys.modules.setdefault(_name, _module)
