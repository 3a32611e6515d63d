// XML text for the XML report formats (JUnit, Checkstyle). Messages carry text read from the
// repository (network names, variable values), so everything is escaped and every character XML 1.0
// cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) becomes U+FFFD: a report must stay
// well-formed whatever a compose file contains.

/** characters outside XML 1.0's Char production, and lone surrogates */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- the control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function clean(s: string): string {
  return s.replace(NOT_XML_CHAR, '\uFFFD');
}

/** element content */
export function xmlText(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** an attribute value in double quotes; line breaks and tabs kept as character references */
export function xmlAttr(s: string): string {
  return clean(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

/** `<name a="1" b="2"` from the attributes that are defined, in the order given */
export function xmlOpen(name: string, attrs: Record<string, string | number | undefined>): string {
  let out = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out += ` ${k}="${xmlAttr(String(v))}"`;
  return out;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
