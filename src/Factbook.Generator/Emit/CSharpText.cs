namespace Factbook.Generator.Emit
{
    /// <summary>
    /// The one path by which text from YAML enters generated code. Everything outside printable ASCII is
    /// escaped: Roslyn's own literal formatting leaves bidi controls raw (Trojan Source, CVE-2021-42574).
    /// </summary>
    internal static class CSharpText
    {
        /// <summary>A C# string literal, quotes included.</summary>
        /// <summary>Ids one per line, each ending in '\n', as a string literal: how id lists are stored.</summary>
        public static string IdList(System.Collections.Generic.IEnumerable<string> ids) => StringLiteral(string.Concat(System.Linq.Enumerable.Select(ids, id => id + "\n")));

        /// <summary><c>private const string name = literal;</c></summary>
        public static string PrivateConstant(string name, string literal) => "private const string " + name + " = " + literal + ";";

        public static string StringLiteral(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
            builder.Append('"');
            foreach (var c in value)
            {
                switch (c)
                {
                    case '"':
                        builder.Append("\\\"");
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    case '\n':
                        builder.Append("\\n");
                        break;
                    case '\r':
                        builder.Append("\\r");
                        break;
                    case '\t':
                        builder.Append("\\t");
                        break;
                    default:
                        if (c >= ' ' && c <= '~')
                        {
                            builder.Append(c);
                        }
                        else
                        {
                            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        }

                        break;
                }
            }

            return builder.Append('"').ToString();
        }

        /// <summary>
        /// Text for one line of an XML doc comment: markup characters and everything outside printable ASCII
        /// become character references, line breaks and control characters become spaces, and broken
        /// surrogates become U+FFFD, so the comment is well-formed XML on a single line.
        /// </summary>
        /// <summary>
        /// An identifier as plain ASCII source: letters outside ASCII (<c>Київ</c>, from a natural id) are written
        /// as <c>\uXXXX</c> escapes, which C# reads as the same identifier, so generated files stay ASCII.
        /// </summary>
        public static string Identifier(string name)
        {
            var ascii = true;
            foreach (var c in name)
            {
                ascii &= c < 128;
            }

            if (ascii)
            {
                return name;
            }

            var builder = new StringBuilder(name.Length * 6);
            foreach (var c in name)
            {
                if (c < 128)
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }

        public static string XmlDocText(string value)
        {
            var builder = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                if (c == '&')
                {
                    builder.Append("&amp;");
                }
                else if (c == '<')
                {
                    builder.Append("&lt;");
                }
                else if (c == '>')
                {
                    builder.Append("&gt;");
                }
                else if (c >= ' ' && c <= '~')
                {
                    builder.Append(c);
                }
                else if (c < ' ' || c == '\u007F')
                {
                    builder.Append(' ');
                }
                else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    AppendReference(builder, char.ConvertToUtf32(c, value[i + 1]));
                    i++;
                }
                else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                {
                    AppendReference(builder, 0xFFFD);
                }
                else
                {
                    AppendReference(builder, c);
                }
            }

            return builder.ToString();
        }

        private static void AppendReference(StringBuilder builder, int codePoint) =>
            builder.Append("&#x").Append(codePoint.ToString("X", CultureInfo.InvariantCulture)).Append(';');
    }
}
