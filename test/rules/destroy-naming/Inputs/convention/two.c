#include "objs.h"

TAKES_LIVE(title) TAKES_LIVE(note) TAKES_LIVE(tag) TAKES_LIVE(text)
ACCEPTS_NULL(blob)
