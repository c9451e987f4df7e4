// Hexapla's opaque shim over the system ICU (libicuuc, libicui18n).
//
// Only <stdint.h> types cross this header: Foundation on Linux carries its own ICU
// module, and any ICU type reaching Swift through a module map clashes with it.
// ICU headers are included in hexapla_icu.c only.
#ifndef HEXAPLA_ICU_H
#define HEXAPLA_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// An ICU break iterator. Opaque; create with hx_break_open, free with hx_break_close.
typedef struct hx_break hx_break;

/// Break iterator kinds.
enum {
  HX_BREAK_CHARACTER = 0,
  HX_BREAK_WORD = 1,
  HX_BREAK_LINE = 2,
  HX_BREAK_SENTENCE = 3,
};

/// Word rule-status ranges reported by a word iterator (ICU's UWordBreak values).
enum {
  HX_WORD_NONE = 0,
  HX_WORD_NUMBER = 100,
  HX_WORD_LETTER = 200,
  HX_WORD_KANA = 300,
  HX_WORD_IDEO = 400,
  HX_WORD_LIMIT = 500,
};

/// Opens a break iterator of `kind` for an ICU locale id such as "en", "zh_Hans" or "de_CH".
/// Returns NULL and sets *status to a non-zero ICU error code on failure.
hx_break *hx_break_open(int32_t kind, const char *locale, int32_t *status);

/// Frees an iterator. Accepts NULL.
void hx_break_close(hx_break *iterator);

/// Finds every boundary of `text` (UTF-16, `length` code units) in one call.
///
/// Writes boundary offsets, including 0 and `length`, to `boundaries` and the rule status
/// of the segment ending at each boundary to `statuses` (may be NULL). `capacity` must be
/// at least length + 1. The text is used only during the call. Returns the number of
/// boundaries, or -1 and sets *status on failure.
int32_t hx_break_all(hx_break *iterator, const uint16_t *text, int32_t length,
                     int32_t *boundaries, int32_t *statuses, int32_t capacity,
                     int32_t *status);

/// East Asian Width of a code point (ICU's UEastAsianWidth: 0 neutral, 1 ambiguous,
/// 2 halfwidth, 3 fullwidth, 4 narrow, 5 wide).
int32_t hx_char_east_asian_width(uint32_t codePoint);

/// Script code of a code point (ICU's UScriptCode; 0 common, 1 inherited, 25 Latin,
/// 17 Han, ...). Returns -1 on failure.
int32_t hx_char_script(uint32_t codePoint);

/// ISO 15924 short name of a script code ("Latn", "Hani"), or NULL.
const char *hx_script_short_name(int32_t script);

/// General category of a code point (ICU's UCharCategory: 1 Lu, 2 Ll, 9 Nd, ...).
int32_t hx_char_general_category(uint32_t codePoint);

/// Numeric value of a code point (digits, CJK numerals such as 三 or 万), or
/// -123456789 when it has none.
double hx_char_numeric_value(uint32_t codePoint);

/// Binary properties.
enum {
  HX_PROP_ALPHABETIC = 0,
  HX_PROP_IDEOGRAPHIC = 1,
  HX_PROP_EMOJI_PRESENTATION = 2,
  HX_PROP_WHITE_SPACE = 3,
  HX_PROP_DEFAULT_IGNORABLE = 4,
  HX_PROP_DASH = 5,
  HX_PROP_QUOTATION_MARK = 6,
  HX_PROP_TERMINAL_PUNCTUATION = 7,
  HX_PROP_SENTENCE_TERMINAL = 8,
};

/// Whether a code point has one of the binary properties above (1) or not (0).
int32_t hx_char_has_property(uint32_t codePoint, int32_t property);

/// Normalisation forms.
enum {
  HX_NORM_NFC = 0,
  HX_NORM_NFD = 1,
  HX_NORM_NFKC = 2,
  HX_NORM_NFKC_CASEFOLD = 3,
};

/// Normalises UTF-16 `source` into `destination` (capacity in code units). Returns the
/// length needed; when it exceeds `capacity`, call again with a larger buffer. Returns -1
/// and sets *status on failure.
int32_t hx_normalize(int32_t form, const uint16_t *source, int32_t length,
                     uint16_t *destination, int32_t capacity, int32_t *status);

/// An ICU transliterator. Opaque; create with hx_translit_open, free with hx_translit_close.
typedef struct hx_translit hx_translit;

/// Opens a transliterator for an ICU id such as "Any-Latin; Latin-ASCII; Lower" (NUL-terminated
/// ASCII). Returns NULL and sets *status to a non-zero ICU error code on failure.
hx_translit *hx_translit_open(const char *identifier, int32_t *status);

/// Frees a transliterator. Accepts NULL.
void hx_translit_close(hx_translit *transliterator);

/// Transliterates UTF-16 `source` into `destination` (capacity in code units). Returns the
/// length of the result; when it exceeds `capacity`, call again with a larger buffer. Returns
/// -1 and sets *status on failure.
int32_t hx_translit_apply(hx_translit *transliterator, const uint16_t *source, int32_t length,
                          uint16_t *destination, int32_t capacity, int32_t *status);

/// Whether `language` (a lower-case ISO 639 code) is a language ICU knows.
int32_t hx_language_is_known(const char *language);

/// For a three-letter ISO 639-2/T code with a two-letter ISO 639-1 form ("eng", "deu", "zho"),
/// writes that form, NUL-terminated, to `destination` (capacity at least 3) and returns 1;
/// returns 0 for other codes ("yue", "fil").
int32_t hx_language_two_letter_code(const char *language, char *destination, int32_t capacity);

/// Whether `code` is an ISO 15924 script code ICU knows ("Latn", "Hans", "Zyyy"; any case).
int32_t hx_script_is_known(const char *code);

/// Writes the name of `language` (an ICU locale id such as "ru") in the language of
/// `displayLocale` ("ru" gives its own name, "русский") to `destination` as UTF-16 and returns
/// its length, or -1 when ICU has no name (it would only echo the code) or the buffer is short.
int32_t hx_language_display_name(const char *language, const char *displayLocale,
                                 uint16_t *destination, int32_t capacity);

/// Writes the likely script of a locale id ("ru" gives "Cyrl", "ja" gives "Jpan", "sr" gives
/// "Cyrl") as a NUL-terminated ISO 15924 code to `destination` (capacity at least 5).
/// Returns 1 on success, 0 when ICU does not know it.
int32_t hx_likely_script(const char *locale, char *destination, int32_t capacity);

/// Exemplar character sets (CLDR): the letters a language normally uses, and the auxiliary
/// ones it uses only in loanwords, foreign names and variant spellings.
enum {
  HX_EXEMPLAR_STANDARD = 0,
  HX_EXEMPLAR_AUXILIARY = 1,
};

/// Writes the code points of a locale's exemplar characters of `kind` (lower case; multi-character
/// items left out) to `destination` and returns how many there are (which may exceed `capacity`),
/// or -1 when ICU has no data of its own for the locale (it would fall back to root, to the
/// default locale, or to another script's data, as kk_Latn to kk).
int32_t hx_exemplar_characters(const char *locale, int32_t kind, uint32_t *destination,
                               int32_t capacity);

/// Date symbol sets of a calendar (ICU's UDateFormatSymbolType values they map to).
enum {
  HX_DATE_MONTHS = 0,
  HX_DATE_SHORT_MONTHS = 1,
  HX_DATE_STANDALONE_MONTHS = 2,
  HX_DATE_STANDALONE_SHORT_MONTHS = 3,
  HX_DATE_WEEKDAYS = 4,
  HX_DATE_SHORT_WEEKDAYS = 5,
  HX_DATE_AM_PMS = 6,
};

/// Writes the symbols of `kindCount` sets (`kinds`, above), in that order, of the calendar of
/// `locale` (an ICU locale id; add "@calendar=gregorian" for the Gregorian names) to
/// `destination` as UTF-16, each followed by a U+0000, and returns the length needed (which may
/// exceed `capacity`), or -1 on failure. The locale's data is opened once for all the sets.
int32_t hx_date_symbols(const char *locale, const int32_t *kinds, int32_t kindCount, uint16_t *destination,
                        int32_t capacity);

/// Guesses the charset of undeclared bytes with ICU's detector (`ucsdet_*`, markup filtered
/// out): writes its name (such as "windows-1251", "Shift_JIS", "GB18030") NUL-terminated to
/// `destination` and returns ICU's confidence 0...100, or -1 when nothing matched.
int32_t hx_charset_detect(const char *bytes, int32_t length, char *destination, int32_t capacity);

/// Converts `length` bytes in `charset` to UTF-8 into `destination`, which must hold
/// `3 * length + 4` bytes. Byte sequences that are not valid in the charset become U+FFFD
/// (or the charset's substitution character); their number goes to *replaced. Returns the
/// UTF-8 length, or -1 when ICU does not know the charset, -2 on another failure.
int32_t hx_convert_to_utf8(const char *charset, const char *bytes, int32_t length, char *destination,
                           int32_t *replaced);

/// The ICU version, such as "72.1".
const char *hx_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
