#include "hexapla_html.h"

#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <stdlib.h>

/// Collects an element's attributes as a NULL-terminated name/value array (malloc'd).
static const char **collect_attributes(xmlNodePtr node) {
  size_t count = 0;
  for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next) count++;
  const char **list = calloc(2 * count + 1, sizeof(char *));
  if (list == NULL) return NULL;
  size_t i = 0;
  for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next) {
    xmlChar *value = xmlNodeListGetString(node->doc, attr->children, 1);
    list[i++] = (const char *)attr->name;
    list[i++] = value != NULL ? (const char *)value : (const char *)xmlStrdup(BAD_CAST "");
  }
  list[i] = NULL;
  return list;
}

static void free_attributes(const char **list) {
  if (list == NULL) return;
  for (size_t i = 1; list[i - 1] != NULL; i += 2) xmlFree((void *)list[i]);
  free(list);
}

/// Walks the tree iteratively (deep pages must not overflow the C stack).
static void walk(xmlNodePtr root, void *context, hx_html_callback callback) {
  xmlNodePtr node = root;
  while (node != NULL) {
    int descend = 0;
    switch (node->type) {
    case XML_ELEMENT_NODE: {
      const char **attributes = collect_attributes(node);
      static const char *none[] = {NULL};
      callback(context, HX_HTML_ELEMENT_START, (const char *)node->name,
               attributes != NULL ? attributes : none, NULL);
      free_attributes(attributes);
      if (node->children != NULL) {
        descend = 1;
      } else {
        callback(context, HX_HTML_ELEMENT_END, (const char *)node->name, NULL, NULL);
      }
      break;
    }
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
      if (node->content != NULL) {
        callback(context, HX_HTML_TEXT, NULL, NULL, (const char *)node->content);
      }
      break;
    default:
      break;
    }
    if (descend) {
      node = node->children;
      continue;
    }
    // Move to the next sibling, closing the elements we climb out of.
    while (node != NULL && node != root && node->next == NULL) {
      node = node->parent;
      if (node != NULL && node->type == XML_ELEMENT_NODE) {
        callback(context, HX_HTML_ELEMENT_END, (const char *)node->name, NULL, NULL);
      }
    }
    if (node == NULL || node == root) break;
    node = node->next;
  }
}

/// Set when libxml2 reports a failed character conversion during the current parse.
static _Thread_local int conversion_failed;

/// Keeps libxml2 quiet (errors go to our return code, not to stderr) and notes conversion
/// failures.
static void on_error(void *context, xmlErrorPtr error) {
  (void)context;
  if (error == NULL) return;
  if (error->domain == XML_FROM_I18N || error->code == XML_I18N_CONV_FAILED ||
      error->code == XML_IO_ENCODER || error->code == XML_ERR_INVALID_ENCODING) {
    conversion_failed = 1;
  }
}

static void on_generic_error(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}

static pthread_once_t parser_initialised = PTHREAD_ONCE_INIT;

static void initialise_parser(void) { xmlInitParser(); }

int32_t hx_html_walk(const char *bytes, int32_t length, const char *encoding, void *context,
                     hx_html_callback callback) {
  // libxml2 must be initialised once before threads parse concurrently (corpus mode).
  pthread_once(&parser_initialised, initialise_parser);
  if (encoding != NULL && xmlFindCharEncodingHandler(encoding) == NULL) return 1;
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
  conversion_failed = 0;
  xmlSetStructuredErrorFunc(NULL, on_error);
  xmlSetGenericErrorFunc(NULL, on_generic_error);
  htmlDocPtr doc = htmlReadMemory(bytes, length, NULL, encoding, options);
  xmlSetStructuredErrorFunc(NULL, NULL);
  xmlSetGenericErrorFunc(NULL, NULL);
  if (conversion_failed) {
    if (doc != NULL) xmlFreeDoc(doc);
    return 3;
  }
  if (doc == NULL) return 2;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  if (root == NULL) {
    xmlFreeDoc(doc);
    return 2;
  }
  // Walk the root and its siblings (the parser may put comments or stray nodes beside it).
  for (xmlNodePtr top = doc->children; top != NULL; top = top->next) {
    if (top->type == XML_ELEMENT_NODE) walk(top, context, callback);
  }
  xmlFreeDoc(doc);
  return 0;
}
