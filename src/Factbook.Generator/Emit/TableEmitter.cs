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

        public static string ConstantName(int chunk) => GeneratedNames.Private.Table + chunk.ToString(CultureInfo.InvariantCulture);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        public static string Emit(TableChunk chunk, EmitContext context)
        {
            // Ids come from the members' id list and file paths are written once per chunk: string
            // literals share one 16 MB heap per assembly, which 100,000 entries would otherwise exceed.
            var files = chunk.Entries.Select(entry => FileOf(entry.Provenance)).Distinct(StringComparer.Ordinal).ToList();
            var table = new StringBuilder(chunk.Entries.Count * 128);
            TableFormat.WriteInt(table, files.Count);
            foreach (var file in files)
            {
                TableFormat.WriteString(table, file);
            }

            foreach (var entry in chunk.Entries)
            {
                var separator = entry.Provenance.LastIndexOf(':');
                TableFormat.WriteInt(table, files.IndexOf(FileOf(entry.Provenance)));
                TableFormat.WriteDigits(table, entry.Provenance.Substring(separator + 1));
                if (entry.Retirement is { } retirement)
                {
                    TableFormat.WriteString(table, retirement.Reason);
                    TableFormat.WriteInt(table, retirement.SupersededByKey);
                }
                else
                {
                    TableFormat.WriteMissing(table);
                    TableFormat.WriteInt(table, -1);
                }

                WriteValues(table, chunk.Type.Fields, entry.Values);
            }

            // The table's text escaped, then each entry's member with its doc comment: a few hundred characters each.
            var writer = SourceWriter.File(context.Namespace, (table.Length * 2) + (chunk.Entries.Count * 640) + 1024);
            writer.Open("public static partial class " + chunk.Type.CollectionClass);
            var first = chunk.Index * ChunkSize;
            writer.Line("// The values of " + chunk.Type.Name + " entries " + Number(first) + " to " + Number(first + chunk.Entries.Count - 1) + ", encoded as data, not code: FactbookReader in");
            writer.Line("// " + GeneratedNames.SupportHintName + " decodes them the first time " + chunk.Type.CollectionClass + " reads an entry of this chunk.");
            writer.Line(context.TableDeclaration(ConstantName(chunk.Index), CSharpText.StringLiteral(table.ToString())));
            if (chunk.HasMembers)
            {
                MembersEmitter.WriteEntryMembers(writer, chunk, chunk.Index * ChunkSize, context);
            }
            writer.Close();
            return writer.EndFile();
        }

        private static void WriteValues(StringBuilder table, EquatableArray<FieldSpec> fields, EquatableArray<ValueModel> values)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                WriteValue(table, fields[i], values[i]);
            }
        }

        private static void WriteValue(StringBuilder table, FieldSpec field, ValueModel value)
        {
            if (value.Kind == ValueKind.Null)
            {
                TableFormat.WriteMissing(table);
                return;
            }

            if (value.Kind == ValueKind.List)
            {
                TableFormat.WriteInt(table, value.Items.Count);
                foreach (var item in value.Items)
                {
                    WriteSingle(table, field, item);
                }

                return;
            }

            if (value.Kind == ValueKind.Map)
            {
                // Its count, then each name and its value, in the file's order.
                TableFormat.WriteInt(table, value.Items.Count);
                foreach (var item in value.Items)
                {
                    TableFormat.WriteString(table, item.Text);
                    WriteSingle(table, field, item.Items[0]);
                }

                return;
            }

            if (field.IsNullable && value.Kind == ValueKind.Object)
            {
                // '~' alone means the object is missing, and its own first field may be missing too: a present
                // one starts with '{', or the reader would take that field's '~' for the whole object.
                TableFormat.WriteObjectStart(table);
            }

            WriteSingle(table, field, value);
        }

        private static void WriteSingle(StringBuilder table, FieldSpec field, ValueModel value)
        {
            switch (value.Kind)
            {
                case ValueKind.Null:
                    TableFormat.WriteMissing(table);
                    break;
                case ValueKind.Reference:
                    TableFormat.WriteDigits(table, value.Text);
                    break;
                case ValueKind.Scalar:
                    field.Scalar!.Encode(table, value.Text);
                    break;
                case ValueKind.Enum:
                    TableFormat.WriteInt(table, field.EnumMembers.ToList().IndexOf(value.Text));
                    break;
                case ValueKind.Object:
                    WriteValues(table, field.Fields, value.Items);
                    break;
                case ValueKind.Yaml:
                    WriteYaml(table, value.Items[0]);
                    break;
                case ValueKind.Union:
                    // The member's index, then its value as that member writes it.
                    var index = int.Parse(value.Text, CultureInfo.InvariantCulture);
                    TableFormat.WriteInt(table, index);
                    WriteSingle(table, field.UnionMembers[index], value.Items[0]);
                    break;
            }
        }

        /// <summary>A yaml field's tree: its kind (0 null, 1 text, 2 list, 3 mapping), then its text, or its count and items, or its count and names with values.</summary>
        private static void WriteYaml(StringBuilder table, ValueModel node)
        {
            switch (node.Kind)
            {
                case ValueKind.Scalar:
                    TableFormat.WriteInt(table, 1);
                    TableFormat.WriteString(table, node.Text);
                    break;
                case ValueKind.List:
                    TableFormat.WriteInt(table, 2);
                    TableFormat.WriteInt(table, node.Items.Count);
                    foreach (var item in node.Items)
                    {
                        WriteYaml(table, item);
                    }

                    break;
                case ValueKind.Map:
                    TableFormat.WriteInt(table, 3);
                    TableFormat.WriteInt(table, node.Items.Count);
                    foreach (var entry in node.Items)
                    {
                        TableFormat.WriteString(table, entry.Text);
                        WriteYaml(table, entry.Items[0]);
                    }

                    break;
                default:
                    TableFormat.WriteInt(table, 0);
                    break;
            }
        }
    }
}
