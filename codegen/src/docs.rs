//! The model's HTML documentation → rustdoc Markdown.
//!
//! The models use a small HTML subset (`p`, `code`, `a`, `ul`/`ol`/`li`, `b`/`i`,
//! `note`, `important`, `pre`, entities). Unknown tags are dropped, their text kept.

/// Converts model HTML to Markdown lines.
pub fn to_markdown(html: &str) -> String {
    let mut out = String::new();
    let mut list_depth: usize = 0;
    let mut in_pre = false;
    let mut in_code = false;
    let mut link: Option<String> = None;
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(stripped) = rest.strip_prefix('<') {
            let end = match stripped.find('>') {
                Some(e) => e,
                None => {
                    push_text(&mut out, &rest.replace('<', "&lt;"), in_pre, true);
                    break;
                }
            };
            let tag = &stripped[..end];
            rest = &stripped[end + 1..];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            match (name.as_str(), closing) {
                ("p" | "note" | "important" | "div" | "br", _) => paragraph(&mut out),
                ("ul" | "ol", false) => {
                    list_depth += 1;
                    paragraph(&mut out);
                }
                ("ul" | "ol", true) => {
                    list_depth = list_depth.saturating_sub(1);
                    paragraph(&mut out);
                }
                ("li", false) => {
                    newline(&mut out);
                    // Deeper nesting is flattened to two levels: four spaces after a paragraph would make
                    // rustdoc read the item as a code block (and run it as a doctest).
                    out.push_str(&"  ".repeat(list_depth.saturating_sub(1).min(1)));
                    out.push_str("- ");
                }
                ("li", true) => newline(&mut out),
                ("code", _) if !in_pre => {
                    in_code = !closing;
                    out.push('`');
                }
                ("b" | "strong", _) => out.push_str("**"),
                ("i" | "em", _) => out.push('*'),
                ("pre", false) => {
                    paragraph(&mut out);
                    out.push_str("```text\n");
                    in_pre = true;
                }
                ("pre", true) => {
                    newline(&mut out);
                    out.push_str("```\n\n");
                    in_pre = false;
                }
                ("a", false) => {
                    link = attr(tag, "href");
                    if link.is_some() {
                        out.push('[');
                    }
                }
                ("a", true) => {
                    if let Some(href) = link.take() {
                        out.push_str("](");
                        out.push_str(&href.replace(' ', "%20").replace(')', "%29"));
                        out.push(')');
                    }
                }
                _ => {}
            }
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            // A bare URL becomes an autolink, except where it is already code or a link's text.
            let autolink = !in_code && link.is_none();
            push_text(&mut out, &rest[..end], in_pre, autolink);
            rest = &rest[end..];
        }
    }
    if in_pre {
        out.push_str("\n```");
    }
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    let mut cleaned = String::new();
    let mut blank = true;
    for l in lines {
        if l.trim().is_empty() {
            if !blank {
                cleaned.push('\n');
            }
            blank = true;
        } else {
            cleaned.push_str(l);
            cleaned.push('\n');
            blank = false;
        }
    }
    cleaned.trim().to_string()
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let i = tag.find(&format!("{name}="))?;
    let rest = &tag[i + name.len() + 1..];
    let quote = rest.chars().next()?;
    if quote == '"' || quote == '\'' {
        let inner = &rest[1..];
        let end = inner.find(quote)?;
        Some(decode_entities(&inner[..end]))
    } else {
        Some(rest.split_whitespace().next()?.to_string())
    }
}

fn paragraph(out: &mut String) {
    if out.ends_with("- ") {
        return;
    }
    if !out.is_empty() && !out.ends_with("\n\n") {
        if out.ends_with('\n') {
            out.push('\n');
        } else {
            out.push_str("\n\n");
        }
    }
}

fn newline(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// The bare URL `text` starts with (`http://` or `https://` up to whitespace, a quote or an
/// angle bracket, without trailing punctuation), if any.
fn bare_url(text: &str) -> Option<&str> {
    let scheme = ["https://", "http://"]
        .into_iter()
        .find(|p| text.starts_with(p))?;
    let end = text
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '`'))
        .unwrap_or(text.len());
    let mut url = &text[..end];
    // Trailing punctuation belongs to the sentence; a `)` only when it closes nothing in the URL.
    while let Some(last) = url.chars().last() {
        let unbalanced = last == ')' && url.matches('(').count() < url.matches(')').count();
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'') || unbalanced {
            url = &url[..url.len() - 1];
        } else {
            break;
        }
    }
    (url.len() > scheme.len()).then_some(url)
}

fn push_text(out: &mut String, text: &str, in_pre: bool, autolink: bool) {
    let decoded = decode_entities(text);
    if in_pre {
        out.push_str(&decoded);
        return;
    }
    let mut collapsed = String::with_capacity(decoded.len());
    let mut last_space = out.ends_with(' ') || out.ends_with('\n') || out.is_empty();
    let mut chars = decoded.char_indices();
    while let Some((i, c)) = chars.next() {
        let at_word_start = !(collapsed.ends_with(|p: char| p.is_alphanumeric())
            || (collapsed.is_empty() && out.ends_with(|p: char| p.is_alphanumeric())));
        if let Some(url) = bare_url(&decoded[i..]).filter(|_| autolink && at_word_start) {
            // rustdoc links `<url>` and warns on a bare one; inside the brackets nothing is
            // escaped (a backslash would become part of the URL).
            collapsed.push('<');
            collapsed.push_str(url);
            collapsed.push('>');
            chars.nth(url.chars().count() - 2);
            last_space = false;
            continue;
        }
        if c.is_whitespace() {
            if !last_space {
                collapsed.push(' ');
                last_space = true;
            }
        } else {
            // Characters Markdown or rustdoc would take as markup.
            match c {
                '[' | ']' | '*' | '_' | '<' | '>' | '`' | '#' | '|' => {
                    collapsed.push('\\');
                    collapsed.push(c);
                }
                _ => collapsed.push(c),
            }
            last_space = false;
        }
    }
    out.push_str(&collapsed);
}

fn decode_entities(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::to_markdown;

    #[test]
    fn converts() {
        assert_eq!(
            to_markdown("<p>Hello <code>x</code> world</p>"),
            "Hello `x` world"
        );
        assert_eq!(
            to_markdown("<p>See <a href=\"https://a.b/c\">docs</a>.</p><ul><li><p>one</p></li><li>two</li></ul>"),
            "See [docs](https://a.b/c).\n\n- one\n\n- two"
        );
        assert_eq!(to_markdown("a [b] &lt;c&gt;"), "a \\[b\\] \\<c\\>");
        assert_eq!(to_markdown("<p>unterminated <b"), "unterminated \\<b");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(
            to_markdown(
                "<p>See https://docs.aws.amazon.com/a_b/c.html. Or http://x.example/(y), then</p>"
            ),
            "See <https://docs.aws.amazon.com/a_b/c.html>. Or <http://x.example/(y)>, then"
        );
        assert_eq!(
            to_markdown("(at https://x.example/a_(b)/c)."),
            "(at <https://x.example/a_(b)/c>)."
        );
        // Already a link's text, or code: left as it is.
        assert_eq!(
            to_markdown("<a href=\"https://a.b/c\">https://a.b/c</a> <code>https://x.y/z</code>"),
            "[https://a.b/c](https://a.b/c) `https://x.y/z`"
        );
        // Not a URL on its own (part of a word, or a scheme with nothing after it).
        assert_eq!(
            to_markdown("xhttps://a.b and https://"),
            "xhttps://a.b and https://"
        );
    }
}
