using System.Globalization;
using System.Text;

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

        private static bool NeedsEscape(char c) =>
            c < ' ' || (c >= '\u007F' && (char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator));
    }
}
