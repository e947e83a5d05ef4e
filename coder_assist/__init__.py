"""coder_assist: an offline assistant for coding Danish discharge cases with SKS diagnosis codes."""

from __future__ import annotations

import os

__version__ = "0.1.0"

# onnxruntime's wheels carry Microsoft's 1DS telemetry (seen on Linux): on import it writes a device id and an
# event queue under ~/.cache/Microsoft and a session file in the temp folder, and every few seconds it looks up
# mobile.events.data.microsoft.com. It reads this switch once, when the library loads (ort.disable_telemetry_events()
# later does not stop the lookups), and every module of ours imports this package first, so this is the one place
# that sets it. Forced, not a default: the product promises that nothing leaves the machine, and onnxruntime treats
# "0" or "" as "telemetry on", so a value inherited from the user's environment must not turn it back on.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
