#include "hexapla_zlib.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static void set_message(char *message, size_t capacity, const char *text) {
  if (message && capacity > 0) snprintf(message, capacity, "%s", text ? text : "corrupt compressed data");
}

int32_t hx_gunzip(const uint8_t *input, size_t inputLength, uint8_t **output, size_t *outputLength,
                  size_t *errorOffset, char *message, size_t messageCapacity) {
  *output = NULL;
  *outputLength = 0;
  *errorOffset = 0;
  if (inputLength == 0 || inputLength > (size_t)UINT32_MAX) {
    set_message(message, messageCapacity, inputLength == 0 ? "no compressed data" : "file too large");
    return Z_DATA_ERROR;
  }
  z_stream stream;
  memset(&stream, 0, sizeof stream);
  int code = inflateInit2(&stream, 15 + 16);  // gzip wrapper only; dictzip is gzip
  if (code != Z_OK) {
    set_message(message, messageCapacity, "zlib cannot start");
    return code;
  }
  size_t capacity = inputLength * 4 + 4096;
  uint8_t *buffer = malloc(capacity);
  size_t produced = 0;
  stream.next_in = (Bytef *)input;
  stream.avail_in = (uInt)inputLength;
  for (;;) {
    if (!buffer) {
      inflateEnd(&stream);
      set_message(message, messageCapacity, "out of memory");
      return Z_MEM_ERROR;
    }
    size_t room = capacity - produced;
    if (room > (size_t)UINT32_MAX) room = (size_t)UINT32_MAX;
    stream.next_out = buffer + produced;
    stream.avail_out = (uInt)room;
    code = inflate(&stream, Z_NO_FLUSH);
    produced += room - stream.avail_out;
    if (code == Z_STREAM_END) {
      if (stream.avail_in == 0) break;
      inflateReset(&stream);  // another gzip member follows
      continue;
    }
    if (code == Z_OK || (code == Z_BUF_ERROR && stream.avail_out == 0)) {
      if (stream.avail_out == 0) {
        size_t bigger = capacity * 2;
        uint8_t *grown = realloc(buffer, bigger);
        if (!grown) free(buffer);
        buffer = grown;
        capacity = bigger;
        continue;
      }
      if (stream.avail_in == 0) code = Z_BUF_ERROR;  // input ended inside a member
      else continue;
    }
    *errorOffset = inputLength - stream.avail_in;
    set_message(message, messageCapacity,
                code == Z_BUF_ERROR ? "truncated compressed data" : stream.msg);
    inflateEnd(&stream);
    free(buffer);
    return code == Z_OK ? Z_DATA_ERROR : code;
  }
  inflateEnd(&stream);
  *output = buffer;
  *outputLength = produced;
  return 0;
}

void hx_zlib_free(uint8_t *buffer) { free(buffer); }

const char *hx_zlib_version(void) { return zlibVersion(); }
