// The only file in Hexapla that includes ICU headers (see include/hexapla_icu.h).
#include "hexapla_icu.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/udat.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/uset.h>
#include <unicode/unorm2.h>
#include <unicode/ures.h>
#include <unicode/uscript.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

struct hx_break {
  UBreakIterator *iterator;
};

hx_break *hx_break_open(int32_t kind, const char *locale, int32_t *status) {
  UBreakIteratorType type;
  switch (kind) {
  case HX_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
  case HX_BREAK_WORD: type = UBRK_WORD; break;
  case HX_BREAK_LINE: type = UBRK_LINE; break;
  case HX_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
  default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
  }
  UErrorCode error = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return NULL;
  }
  hx_break *result = malloc(sizeof(hx_break));
  if (result == NULL) {
    ubrk_close(iterator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  result->iterator = iterator;
  *status = 0;
  return result;
}

void hx_break_close(hx_break *iterator) {
  if (iterator == NULL) return;
  ubrk_close(iterator->iterator);
  free(iterator);
}

int32_t hx_break_all(hx_break *iterator, const uint16_t *text, int32_t length,
                     int32_t *boundaries, int32_t *statuses, int32_t capacity,
                     int32_t *status) {
  if (capacity < length + 1) {
    *status = U_BUFFER_OVERFLOW_ERROR;
    return -1;
  }
  UErrorCode error = U_ZERO_ERROR;
  ubrk_setText(iterator->iterator, (const UChar *)text, length, &error);
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return -1;
  }
  int32_t count = 0;
  for (int32_t b = ubrk_first(iterator->iterator); b != UBRK_DONE;
       b = ubrk_next(iterator->iterator)) {
    boundaries[count] = b;
    if (statuses != NULL) statuses[count] = ubrk_getRuleStatus(iterator->iterator);
    count++;
  }
  // Detach the caller's buffer: it is only guaranteed alive during this call.
  ubrk_setText(iterator->iterator, NULL, 0, &error);
  *status = 0;
  return count;
}

int32_t hx_char_east_asian_width(uint32_t codePoint) {
  return u_getIntPropertyValue((UChar32)codePoint, UCHAR_EAST_ASIAN_WIDTH);
}

int32_t hx_char_script(uint32_t codePoint) {
  UErrorCode error = U_ZERO_ERROR;
  UScriptCode script = uscript_getScript((UChar32)codePoint, &error);
  return U_FAILURE(error) ? -1 : (int32_t)script;
}

const char *hx_script_short_name(int32_t script) {
  return uscript_getShortName((UScriptCode)script);
}

int32_t hx_char_general_category(uint32_t codePoint) {
  return (int32_t)u_charType((UChar32)codePoint);
}

double hx_char_numeric_value(uint32_t codePoint) {
  return u_getNumericValue((UChar32)codePoint);
}

int32_t hx_char_has_property(uint32_t codePoint, int32_t property) {
  UProperty which;
  switch (property) {
  case HX_PROP_ALPHABETIC: which = UCHAR_ALPHABETIC; break;
  case HX_PROP_IDEOGRAPHIC: which = UCHAR_IDEOGRAPHIC; break;
  case HX_PROP_EMOJI_PRESENTATION: which = UCHAR_EMOJI_PRESENTATION; break;
  case HX_PROP_WHITE_SPACE: which = UCHAR_WHITE_SPACE; break;
  case HX_PROP_DEFAULT_IGNORABLE: which = UCHAR_DEFAULT_IGNORABLE_CODE_POINT; break;
  case HX_PROP_DASH: which = UCHAR_DASH; break;
  case HX_PROP_QUOTATION_MARK: which = UCHAR_QUOTATION_MARK; break;
  case HX_PROP_TERMINAL_PUNCTUATION: which = UCHAR_TERMINAL_PUNCTUATION; break;
  case HX_PROP_SENTENCE_TERMINAL: which = UCHAR_S_TERM; break;
  default: return 0;
  }
  return u_hasBinaryProperty((UChar32)codePoint, which) ? 1 : 0;
}

int32_t hx_normalize(int32_t form, const uint16_t *source, int32_t length,
                     uint16_t *destination, int32_t capacity, int32_t *status) {
  UErrorCode error = U_ZERO_ERROR;
  const UNormalizer2 *normalizer;
  switch (form) {
  case HX_NORM_NFC: normalizer = unorm2_getNFCInstance(&error); break;
  case HX_NORM_NFD: normalizer = unorm2_getNFDInstance(&error); break;
  case HX_NORM_NFKC: normalizer = unorm2_getNFKCInstance(&error); break;
  case HX_NORM_NFKC_CASEFOLD: normalizer = unorm2_getNFKCCasefoldInstance(&error); break;
  default: *status = U_ILLEGAL_ARGUMENT_ERROR; return -1;
  }
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return -1;
  }
  int32_t needed = unorm2_normalize(normalizer, (const UChar *)source, length,
                                    (UChar *)destination, capacity, &error);
  if (error == U_BUFFER_OVERFLOW_ERROR) {
    *status = 0;
    return needed;
  }
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return -1;
  }
  *status = 0;
  return needed;
}

int32_t hx_language_is_known(const char *language) {
  for (const char *const *codes = uloc_getISOLanguages(); *codes != NULL; codes++) {
    if (strcmp(*codes, language) == 0) return 1;
  }
  return 0;
}

int32_t hx_language_two_letter_code(const char *language, char *destination, int32_t capacity) {
  if (strlen(language) != 3 || capacity < 3) return 0;
  for (const char *const *codes = uloc_getISOLanguages(); *codes != NULL; codes++) {
    if (strlen(*codes) == 2 && strcmp(uloc_getISO3Language(*codes), language) == 0) {
      memcpy(destination, *codes, 3);
      return 1;
    }
  }
  return 0;
}

int32_t hx_script_is_known(const char *code) {
  int32_t script = u_getPropertyValueEnum(UCHAR_SCRIPT, code);
  if (script < 0) return 0;
  // The lookup also takes long names ("Thai", "Cham" are both): only the code itself counts.
  const char *shortName = uscript_getShortName((UScriptCode)script);
  return shortName != NULL && strcasecmp(shortName, code) == 0 ? 1 : 0;
}

int32_t hx_language_display_name(const char *language, const char *displayLocale,
                                 uint16_t *destination, int32_t capacity) {
  UErrorCode error = U_ZERO_ERROR;
  int32_t length = uloc_getDisplayLanguage(language, displayLocale, (UChar *)destination,
                                           capacity, &error);
  if (U_FAILURE(error) || error == U_USING_DEFAULT_WARNING || length <= 0 || length >= capacity) {
    return -1;
  }
  // ICU echoes the code when it has no name for it.
  size_t codeLength = strlen(language);
  if ((size_t)length == codeLength) {
    int same = 1;
    for (size_t i = 0; i < codeLength; i++) {
      if (destination[i] != (uint16_t)(unsigned char)language[i]) same = 0;
    }
    if (same) return -1;
  }
  return length;
}

int32_t hx_likely_script(const char *locale, char *destination, int32_t capacity) {
  UErrorCode error = U_ZERO_ERROR;
  char maximized[ULOC_FULLNAME_CAPACITY];
  uloc_addLikelySubtags(locale, maximized, (int32_t)sizeof(maximized), &error);
  if (U_FAILURE(error)) return 0;
  int32_t length = uloc_getScript(maximized, destination, capacity, &error);
  if (U_FAILURE(error) || length != 4) return 0;
  return 1;
}

// Whether ICU has locale data of its own for `locale`: not root, not the default locale it
// falls back to for unknown ones, and not data of another script (as a missing kk_Latn would
// give kk's Cyrillic). Aliases count as its own (tl gives fil, iw gives he).
static int has_own_locale_data(const char *locale) {
  UErrorCode error = U_ZERO_ERROR;
  UResourceBundle *bundle = ures_open(NULL, locale, &error);
  if (U_FAILURE(error) || error == U_USING_DEFAULT_WARNING) {
    ures_close(bundle);
    return 0;
  }
  char actual[ULOC_FULLNAME_CAPACITY] = "";
  const char *found = ures_getLocaleByType(bundle, ULOC_ACTUAL_LOCALE, &error);
  if (U_SUCCESS(error) && found != NULL) {
    strncpy(actual, found, sizeof(actual) - 1);
  }
  ures_close(bundle);
  if (actual[0] == 0 || strcmp(actual, "root") == 0) return 0;
  char wanted[8], got[8];
  if (hx_likely_script(locale, wanted, (int32_t)sizeof(wanted)) &&
      hx_likely_script(actual, got, (int32_t)sizeof(got)) && strcmp(wanted, got) != 0) {
    return 0;
  }
  return 1;
}

int32_t hx_exemplar_characters(const char *locale, int32_t kind, uint32_t *destination,
                               int32_t capacity) {
  ULocaleDataExemplarSetType type;
  switch (kind) {
  case HX_EXEMPLAR_STANDARD: type = ULOCDATA_ES_STANDARD; break;
  case HX_EXEMPLAR_AUXILIARY: type = ULOCDATA_ES_AUXILIARY; break;
  default: return -1;
  }
  if (!has_own_locale_data(locale)) return -1;
  UErrorCode error = U_ZERO_ERROR;
  ULocaleData *data = ulocdata_open(locale, &error);
  if (U_FAILURE(error)) return -1;
  USet *set = ulocdata_getExemplarSet(data, NULL, 0, type, &error);
  ulocdata_close(data);
  if (U_FAILURE(error) || error == U_USING_DEFAULT_WARNING || set == NULL) {
    if (set != NULL) uset_close(set);
    return -1;
  }
  int32_t count = 0;
  int32_t items = uset_getItemCount(set);
  for (int32_t i = 0; i < items; i++) {
    UChar32 start, end;
    UChar string[8];
    UErrorCode itemError = U_ZERO_ERROR;
    if (uset_getItem(set, i, &start, &end, string, 8, &itemError) != 0) continue;
    for (UChar32 c = start; c <= end; c++) {
      if (count < capacity) destination[count] = (uint32_t)c;
      count++;
    }
  }
  uset_close(set);
  return count;
}

int32_t hx_date_symbols(const char *locale, const int32_t *kinds, int32_t kindCount, uint16_t *destination,
                        int32_t capacity) {
  static const UDateFormatSymbolType types[] = {
      UDAT_MONTHS,   UDAT_SHORT_MONTHS,   UDAT_STANDALONE_MONTHS, UDAT_STANDALONE_SHORT_MONTHS,
      UDAT_WEEKDAYS, UDAT_SHORT_WEEKDAYS, UDAT_AM_PMS,
  };
  for (int32_t j = 0; j < kindCount; j++) {
    if (kinds[j] < 0 || kinds[j] >= (int32_t)(sizeof(types) / sizeof(types[0]))) return -1;
  }
  UErrorCode error = U_ZERO_ERROR;
  UDateFormat *format = udat_open(UDAT_DEFAULT, UDAT_DEFAULT, locale, NULL, 0, NULL, 0, &error);
  if (U_FAILURE(error)) return -1;
  int32_t length = 0;
  for (int32_t j = 0; j < kindCount; j++) {
    UDateFormatSymbolType type = types[kinds[j]];
    int32_t count = udat_countSymbols(format, type);
    for (int32_t i = 0; i < count; i++) {
      UChar symbol[64];
      UErrorCode symbolError = U_ZERO_ERROR;
      int32_t n = udat_getSymbols(format, type, i, symbol, 64, &symbolError);
      // Weekday sets start with an empty entry (ICU numbers Sunday 1).
      if (U_FAILURE(symbolError) || n <= 0 || n >= 64) continue;
      for (int32_t k = 0; k <= n; k++) {
        if (length < capacity) destination[length] = k < n ? symbol[k] : 0;
        length++;
      }
    }
  }
  udat_close(format);
  return length;
}

const char *hx_icu_version(void) {
  return U_ICU_VERSION;
}

struct hx_translit {
  UTransliterator *transliterator;
};

hx_translit *hx_translit_open(const char *identifier, int32_t *status) {
  UChar id[256];
  int32_t n = 0;
  for (; identifier[n] != 0 && n < 255; n++) id[n] = (UChar)(unsigned char)identifier[n];
  UErrorCode error = U_ZERO_ERROR;
  UTransliterator *transliterator = utrans_openU(id, n, UTRANS_FORWARD, NULL, 0, NULL, &error);
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return NULL;
  }
  hx_translit *result = malloc(sizeof(hx_translit));
  if (result == NULL) {
    utrans_close(transliterator);
    *status = U_MEMORY_ALLOCATION_ERROR;
    return NULL;
  }
  result->transliterator = transliterator;
  *status = 0;
  return result;
}

void hx_translit_close(hx_translit *transliterator) {
  if (transliterator == NULL) return;
  utrans_close(transliterator->transliterator);
  free(transliterator);
}

int32_t hx_translit_apply(hx_translit *transliterator, const uint16_t *source, int32_t length,
                          uint16_t *destination, int32_t capacity, int32_t *status) {
  if (capacity < length) {
    *status = 0;
    return length > 0 ? length * 4 : 16;
  }
  memcpy(destination, source, sizeof(UChar) * (size_t)length);
  int32_t textLength = length;
  int32_t limit = length;
  UErrorCode error = U_ZERO_ERROR;
  utrans_transUChars(transliterator->transliterator, (UChar *)destination, &textLength, capacity,
                     0, &limit, &error);
  if (error == U_BUFFER_OVERFLOW_ERROR) {
    *status = 0;
    return textLength > capacity ? textLength : capacity * 2;
  }
  if (U_FAILURE(error)) {
    *status = (int32_t)error;
    return -1;
  }
  *status = 0;
  return textLength;
}

int32_t hx_charset_detect(const char *bytes, int32_t length, char *destination, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  UCharsetDetector *detector = ucsdet_open(&status);
  if (U_FAILURE(status)) return -1;
  ucsdet_enableInputFilter(detector, 1);
  ucsdet_setText(detector, bytes, length, &status);
  const UCharsetMatch *match = U_SUCCESS(status) ? ucsdet_detect(detector, &status) : NULL;
  int32_t confidence = -1;
  if (match != NULL && U_SUCCESS(status)) {
    const char *name = ucsdet_getName(match, &status);
    int32_t value = ucsdet_getConfidence(match, &status);
    if (U_SUCCESS(status) && name != NULL && (int32_t)strlen(name) < capacity) {
      strcpy(destination, name);
      confidence = value;
    }
  }
  ucsdet_close(detector);
  return confidence;
}

/// Counts the illegal or unassigned sequences it is called for, then substitutes them.
static void count_and_substitute(const void *context, UConverterToUnicodeArgs *arguments,
                                 const char *units, int32_t length, UConverterCallbackReason reason,
                                 UErrorCode *status) {
  if (reason == UCNV_ILLEGAL || reason == UCNV_UNASSIGNED || reason == UCNV_IRREGULAR) {
    (*(int32_t *)context)++;
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, arguments, units, length, reason, status);
}

int32_t hx_convert_to_utf8(const char *charset, const char *bytes, int32_t length, char *destination,
                           int32_t *replaced) {
  UErrorCode status = U_ZERO_ERROR;
  *replaced = 0;
  UConverter *converter = ucnv_open(charset, &status);
  if (U_FAILURE(status) || converter == NULL) return -1;
  status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter, count_and_substitute, replaced, NULL, NULL, &status);
  int32_t capacity = 2 * length + 2;
  UChar *units = malloc(sizeof(UChar) * (size_t)capacity);
  if (units == NULL || U_FAILURE(status)) {
    free(units);
    ucnv_close(converter);
    return -2;
  }
  int32_t unitCount = ucnv_toUChars(converter, units, capacity, bytes, length, &status);
  ucnv_close(converter);
  if (U_FAILURE(status)) {
    free(units);
    return -2;
  }
  int32_t written = 0;
  u_strToUTF8WithSub(destination, 3 * length + 4, &written, units, unitCount, 0xFFFD, NULL, &status);
  free(units);
  return U_FAILURE(status) ? -2 : written;
}
