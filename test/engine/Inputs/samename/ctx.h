struct ctx { int level; };
void log_msg(struct ctx *c, const char *fmt);
void tidy(struct ctx *c);
