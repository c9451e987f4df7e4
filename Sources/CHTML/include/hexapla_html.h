// Hexapla's opaque shim over libxml2's HTML parser.
//
// Only plain C types cross this header: libxml2's headers include ICU's on Debian, and ICU
// types reaching Swift clash with Foundation's own ICU module. libxml2 is included in
// html_parser.c only.
#ifndef HEXAPLA_HTML_H
#define HEXAPLA_HTML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Events reported while walking a parsed page.
enum {
  /// An element starts: `name` is its lower-case tag name, `attributes` alternates names and
  /// values and ends with NULL.
  HX_HTML_ELEMENT_START = 1,
  /// The element last started ends: `name` is its tag name.
  HX_HTML_ELEMENT_END = 2,
  /// Character data (text or CDATA), already decoded to UTF-8, in `text`.
  HX_HTML_TEXT = 3,
};

/// Receives one event. Strings are UTF-8 and valid only during the call.
typedef void (*hx_html_callback)(void *context, int32_t event, const char *name,
                                 const char *const *attributes, const char *text);

/// Parses an HTML page with libxml2's error-tolerant HTML parser and walks the resulting
/// tree depth first, calling `callback` for every element start and end and every text node.
/// Comments and processing instructions are skipped.
///
/// `encoding` is the page's character set (such as "UTF-8", "windows-1252", "GBK"); the bytes
/// are converted to UTF-8. Returns 0 on success, 1 when the encoding is not supported, 2 when
/// nothing could be parsed, 3 when the bytes are not valid in that encoding. libxml2's own
/// messages are suppressed.
int32_t hx_html_walk(const char *bytes, int32_t length, const char *encoding, void *context,
                     hx_html_callback callback);

#ifdef __cplusplus
}
#endif

#endif
