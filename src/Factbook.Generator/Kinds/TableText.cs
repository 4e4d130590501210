using System.Globalization;
using System.Text;

namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// The table wire format's two primitives, which the generated <c>FactbookReader</c> reads back (its
    /// <c>Int()</c> and <c>String()</c>): a whole number as digits ending in ';', text as its length in UTF-8
    /// bytes, ':' and the characters. Tables are stored as UTF-8, so text with a lone surrogate (which UTF-8
    /// cannot hold) is written escaped after '!' instead of ':': '\\' as "\\\\", a lone surrogate as "\\uXXXX".
    /// </summary>
    internal static class TableText
    {
        private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

        public static void WriteInt(StringBuilder table, long value) =>
            table.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');

        public static void WriteString(StringBuilder table, string text)
        {
            if (!HasLoneSurrogate(text))
            {
                table.Append(Utf8.GetByteCount(text).ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
                return;
            }

            var escaped = new StringBuilder(text.Length + 8);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    escaped.Append(c).Append(text[++i]);
                }
                else if (char.IsSurrogate(c))
                {
                    escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else
                {
                    escaped.Append(c == '\\' ? "\\\\" : c.ToString());
                }
            }

            table.Append(Utf8.GetByteCount(escaped.ToString()).ToString(CultureInfo.InvariantCulture)).Append('!').Append(escaped);
        }

        /// <summary>Whether <paramref name="text"/> holds a surrogate that is not half of a pair: text UTF-8 cannot hold.</summary>
        public static bool HasLoneSurrogate(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
