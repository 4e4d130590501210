namespace Factbook.Generator.Diagnostics
{
    /// <summary>
    /// The one way content reaches a message. A line break in a quoted key would let content forge a second
    /// compiler error line that MSBuild and CI log readers believe; an ESC sequence would reach the author's
    /// terminal; a bidi control would reorder the message. Such characters are written as escapes.
    /// </summary>
    internal static class MessageText
    {
        private const int MaxQuoted = 60;

        /// <summary>Content quoted in a message: shortened to 60 characters, then escaped.</summary>
        public static string Quote(string text)
        {
            if (text.Length > MaxQuoted)
            {
                var cut = MaxQuoted - 3;
                if (char.IsHighSurrogate(text[cut - 1]))
                {
                    cut--; // never split a character in two
                }

                text = text.Substring(0, cut) + "...";
            }

            return Escape(text);
        }

        /// <summary>
        /// A path quoted in a message by its end, where paths that share a long start differ: shortened to 60
        /// characters from the left, then escaped.
        /// </summary>
        public static string QuoteEnd(string text)
        {
            if (text.Length > MaxQuoted)
            {
                var cut = text.Length - (MaxQuoted - 3);
                if (char.IsLowSurrogate(text[cut]))
                {
                    cut++; // never split a character in two
                }

                text = "..." + text.Substring(cut);
            }

            return Escape(text);
        }

        /// <summary>Control, format, line-separator and lone surrogate characters as <c>\n</c>, <c>\t</c> or <c>\uXXXX</c>.</summary>
        public static string Escape(string text)
        {
            var first = FirstToEscape(text);
            if (first < 0)
            {
                return text;
            }

            var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
            for (var i = first; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    builder.Append(c).Append(text[++i]);
                }
                else if (!NeedsEscape(c))
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append(c switch
                    {
                        '\n' => "\\n",
                        '\r' => "\\r",
                        '\t' => "\\t",
                        _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                    });
                }
            }

            return builder.ToString();
        }

        private static int FirstToEscape(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (NeedsEscape(c))
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>A character as a reader can tell it apart: "’ (U+2019, right single quotation mark)", "U+00AD (soft hyphen)".</summary>
        public static string Character(char c)
        {
            var code = "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            var name = NameOf(c);
            if (IsInvisible(c) || c == ' ')
            {
                return code + (name is null ? " (an invisible character)" : " (" + name + ")");
            }

            return name is not null ? c + " (" + code + ", " + name + ")"
                : char.IsSurrogate(c) ? code
                : "'" + Escape(c.ToString()) + "'";
        }

        public static bool IsEasilyMissed(char c) => c != ' ' && (IsInvisible(c) || NameOf(c) is not null);

        private static bool IsInvisible(char c) =>
            c != ' ' && (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.SpaceSeparator || c == '\u200B');

        private static string? NameOf(char c) => c switch
        {
            ' ' => "space",
            '\u00AD' => "soft hyphen",
            '\u00A0' => "no-break space",
            '\u202F' => "narrow no-break space",
            '\u2009' => "thin space",
            '\u3000' => "ideographic space",
            '\t' => "tab",
            '\u200B' => "zero-width space",
            '\u200C' => "zero-width non-joiner",
            '\u200D' => "zero-width joiner",
            '\u2060' => "word joiner",
            '\uFEFF' => "zero-width no-break space",
            '\u200E' => "left-to-right mark",
            '\u200F' => "right-to-left mark",
            '\u0027' => "apostrophe",
            '\u2018' => "left single quotation mark",
            '\u2019' => "right single quotation mark",
            '\u02BC' => "modifier letter apostrophe",
            '\u0060' => "grave accent",
            '\u00B4' => "acute accent",
            '\u0022' => "quotation mark",
            '\u201C' => "left double quotation mark",
            '\u201D' => "right double quotation mark",
            '\u00AB' => "left-pointing double angle quotation mark",
            '\u00BB' => "right-pointing double angle quotation mark",
            '\u002D' => "hyphen-minus",
            '\u2010' => "hyphen",
            '\u2011' => "non-breaking hyphen",
            '\u2012' => "figure dash",
            '\u2013' => "en dash",
            '\u2014' => "em dash",
            '\u2212' => "minus sign",
            _ => null,
        };

        private static bool NeedsEscape(char c) =>
            c < ' ' || (c >= '\u007F' && (char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator));
    }
}
