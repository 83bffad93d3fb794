/* embedded.h - files compiled into the binary (model files, rule docs, the HTML
 * report's script). */
#ifndef MC_EMBEDDED_H
#define MC_EMBEDDED_H

typedef struct mc_embedded_file {
    const char *name;   /* base name, e.g. "libc.yml", "leak.md" */
    const char *text;
    const char *sha256; /* of text, in hex (a Content-Security-Policy names a script by it) */
} mc_embedded_file;

extern const mc_embedded_file mc_embedded_models[];  /* the model files (rules/models) */
extern const mc_embedded_file mc_embedded_docs[];    /* the rule pages (docs/rules) */
extern const mc_embedded_file mc_embedded_html[];    /* checker/report_html.js */

#endif
