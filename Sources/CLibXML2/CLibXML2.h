// Intentionally empty: see module.modulemap. Only Sources/CHTML/html_parser.c includes
// <libxml/HTMLparser.h>.
