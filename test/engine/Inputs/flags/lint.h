struct lint { int memory; int count; };
void start_timer(struct lint *l);
void forget_memory(struct lint *l);
