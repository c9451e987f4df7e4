// Hexapla's opaque shim over zlib: only plain C types cross this header; <zlib.h> is included in
// hexapla_zlib.c only.
#ifndef HEXAPLA_ZLIB_H
#define HEXAPLA_ZLIB_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Inflates gzip data (dictzip files are gzip with an extra header field) made of one or more
/// members. On success returns 0 and sets *output (free it with hx_zlib_free) and *outputLength.
/// On failure returns a zlib error code (non-zero), sets *errorOffset to the number of input bytes
/// consumed before the error and writes a message into `message` (capacity `messageCapacity`).
int32_t hx_gunzip(const uint8_t *input, size_t inputLength, uint8_t **output, size_t *outputLength,
                  size_t *errorOffset, char *message, size_t messageCapacity);

/// Frees a buffer returned by hx_gunzip. Accepts NULL.
void hx_zlib_free(uint8_t *buffer);

/// The zlib version, such as "1.2.13".
const char *hx_zlib_version(void);

#ifdef __cplusplus
}
#endif

#endif
