using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Factbook.Generator.Content;
using Factbook.Generator.Model;
using Factbook.Generator.Schema;

namespace Factbook.Generator.Emit
{
    /// <summary>
    /// Emits a chunk of a type's entries as the text that the generated <c>FactbookReader</c> decodes. Tables are
    /// data: compiling and starting them costs almost nothing, where one constructor call per entry makes the
    /// JIT compile code in proportion to the content (measured in docs/performance.md).
    /// </summary>
    internal static class TableEmitter
    {
        /// <summary>Entries per table constant: small enough that a value edit re-emits little.</summary>
        public const int ChunkSize = 128;

        private static string FileOf(string provenance) => provenance.Substring(0, provenance.LastIndexOf(':'));

        public static string ConstantName(int chunk) => "table" + chunk.ToString(CultureInfo.InvariantCulture);

        public static string Emit(TableChunk chunk, EmitContext context)
        {
            // Ids come from the members' id list and file paths are written once per chunk: string
            // literals share one 16 MB heap per assembly, which 100,000 entries would otherwise exceed.
            var files = chunk.Entries.Select(entry => FileOf(entry.Provenance)).Distinct(StringComparer.Ordinal).ToList();
            var table = new StringBuilder();
            WriteInt(table, files.Count);
            foreach (var file in files)
            {
                WriteString(table, file);
            }

            foreach (var entry in chunk.Entries)
            {
                var separator = entry.Provenance.LastIndexOf(':');
                WriteInt(table, files.IndexOf(FileOf(entry.Provenance)));
                table.Append(entry.Provenance, separator + 1, entry.Provenance.Length - separator - 1).Append(';');
                if (entry.Retirement is { } retirement)
                {
                    WriteString(table, retirement.Reason);
                    WriteInt(table, retirement.SupersededByKey);
                }
                else
                {
                    table.Append("~-1;");
                }

                WriteValues(table, chunk.Type.Fields, entry.Values);
            }

            var writer = new SourceWriter();
            TypeEmitter.WriteHeader(writer, context);
            writer.Open("public static partial class " + chunk.Type.CollectionClass);
            writer.Line("private const string " + ConstantName(chunk.Index) + " = " + CSharpText.StringLiteral(table.ToString()) + ";");
            writer.Close();
            return writer.Close().ToString();
        }

        private static void WriteValues(StringBuilder table, EquatableArray<FieldSpec> fields, EquatableArray<ValueModel> values)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                WriteValue(table, fields[i], values[i]);
            }
        }

        private static void WriteString(StringBuilder table, string text) =>
            table.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);

        private static void WriteValue(StringBuilder table, FieldSpec field, ValueModel value)
        {
            if (value.Kind == ValueKind.Null)
            {
                table.Append('~');
                return;
            }

            if (value.Kind == ValueKind.List)
            {
                WriteInt(table, value.Items.Count);
                foreach (var item in value.Items)
                {
                    WriteSingle(table, field, item);
                }

                return;
            }

            if (field.IsNullable && value.Kind == ValueKind.Object)
            {
                // '~' alone means the object is missing, and its own first field may be missing too: a present
                // one starts with '{', or the reader would take that field's '~' for the whole object.
                table.Append('{');
            }

            WriteSingle(table, field, value);
        }

        private static void WriteSingle(StringBuilder table, FieldSpec field, ValueModel value)
        {
            switch (value.Kind)
            {
                case ValueKind.Null:
                    table.Append('~');
                    break;
                case ValueKind.Int:
                case ValueKind.Reference:
                    table.Append(value.Text).Append(';');
                    break;
                case ValueKind.Bool:
                    table.Append(value.Text == "true" ? 't' : 'f');
                    break;
                case ValueKind.Date:
                    var parts = value.Text.Split('-').Select(part => int.Parse(part, CultureInfo.InvariantCulture)).ToList();
                    WriteInt(table, parts[0]);
                    WriteInt(table, parts.Count > 1 ? parts[1] : 0);
                    WriteInt(table, parts.Count > 2 ? parts[2] : 0);
                    break;
                case ValueKind.Enum:
                    WriteInt(table, field.EnumMembers.ToList().IndexOf(value.Text));
                    break;
                case ValueKind.Object:
                    WriteValues(table, field.Fields, value.Items);
                    break;
                default:
                    WriteString(table, value.Text);
                    break;
            }
        }

        private static void WriteInt(StringBuilder table, int value) =>
            table.Append(value.ToString(CultureInfo.InvariantCulture)).Append(';');
    }
}
