/* Parse-only anchor: Knot DNS's zscanner (Ragel) over a whole zone file, counting records. */
#include <stdio.h>
#include <stdlib.h>
#include <libzscanner/scanner.h>

static void on_record(zs_scanner_t *s) { ++*(unsigned long *)s->process.data; }

int main(int argc, char **argv)
{
    if (argc != 3) { fprintf(stderr, "usage: zscan ORIGIN FILE\n"); return 2; }
    zs_scanner_t s;
    unsigned long records = 0;
    if (zs_init(&s, argv[1], 1 /* IN */, 3600) != 0 || zs_set_input_file(&s, argv[2]) != 0
        || zs_set_processing(&s, on_record, NULL, &records) != 0) {
        fprintf(stderr, "zscan: %s\n", zs_strerror(s.error.code));
        return 1;
    }
    int rc = zs_parse_all(&s);
    fprintf(stderr, "zscan: %lu records, %lu errors\n", records, (unsigned long)s.error.counter);
    zs_deinit(&s);
    return rc == 0 ? 0 : 1;
}
