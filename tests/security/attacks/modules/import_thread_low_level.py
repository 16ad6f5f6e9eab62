# attack: _thread.start_new_thread to run code outside the tracker
import _thread
_thread.start_new_thread(print, ("escaped",))
