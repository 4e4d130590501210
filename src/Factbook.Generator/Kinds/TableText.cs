using System.Globalization;
using System.Text;

namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// The table wire format's two primitives, which the generated <c>FactbookReader</c> reads back (its
    /// <c>Int()</c> and <c>String()</c>): a whole number as digits ending in ';', text as its length, ':' and the characters.
    /// </summary>
    internal static class TableText
    {
        public static void WriteInt(StringBuilder table, long value) =>
            table.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');

        public static void WriteString(StringBuilder table, string text) =>
            table.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
    }
}
