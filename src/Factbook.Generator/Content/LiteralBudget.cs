namespace Factbook.Generator.Content
{
    /// <summary>
    /// All string literals of an assembly share one heap of 16 MB (2^24 bytes of UTF-16, about 8.38 million
    /// characters). Past it the compiler fails with CS8103, which names no content; the generated tables
    /// hold every id and text, so the assembler counts them first and can say which entries are too much.
    /// </summary>
    internal static class LiteralBudget
    {
        /// <summary>Characters the tables and id lists may use: the heap (8,388,608) less room for the consumer's own strings.</summary>
        public const long Characters = 8_300_000;

        /// <summary>
        /// What one entry adds to its table and id list, as <c>TableEmitter</c> writes them: values are encoded
        /// by their own kinds, so the count is exact but for reference keys (numbered after assembly, so
        /// counted at <paramref name="keyLength"/>) and the chunk's file list (a share of its path).
        /// </summary>
        public static long Of(EntryDraft entry, EquatableArray<FieldSpec> fields, int keyLength, string path)
        {
            // Id and '\n'; file index (at most 128 files a chunk) and ';'; line and ';'; a share of the chunk's file list.
            long size = entry.Id.Length + 1 + 3 + Digits(entry.IdSpan.Line) + 1 + (path.Length / 16) + 1;
            size += entry.Retirement is { } retired ? TextLength(retired.Reason) + keyLength : 4;
            var pending = new Stack<(FieldSpec Field, ValueModel Value)>();
            for (var i = 0; i < fields.Count && i < entry.Values.Count; i++)
            {
                pending.Push((fields[i], entry.Values[i]));
            }

            while (pending.Count > 0)
            {
                var (field, value) = pending.Pop();
                size += SizeOf(field, value, keyLength, pending);
            }

            return size;
        }

        /// <summary>The length of a reference key written in a table: its digits and ';', for a collection of <paramref name="count"/> entries.</summary>
        public static int KeyLength(int count) => Digits(count) + 1;

        [System.ThreadStatic]
        private static System.Text.StringBuilder? scratch;

        private static System.Text.StringBuilder Scratch => scratch ??= new System.Text.StringBuilder();

        private static int TextLength(string text) => text.Length + Digits(text.Length) + 1;

        /// <summary>What one value takes in a table; the parts of lists, maps and objects are pushed to be counted in turn.</summary>
        private static long SizeOf(FieldSpec field, ValueModel value, int keyLength, Stack<(FieldSpec Field, ValueModel Value)> pending)
        {
            long size = 0;
            switch (value.Kind)
            {
                case ValueKind.Scalar:
                    Scratch.Clear();
                    field.Scalar!.Encode(Scratch, value.Text);
                    size += Scratch.Length;
                    break;
                case ValueKind.Reference:
                    size += keyLength;
                    break;
                case ValueKind.Enum:
                    size += Digits(field.EnumMembers.Count) + 1;
                    break;
                case ValueKind.List:
                    size += Digits(value.Items.Count) + 1;
                    foreach (var item in value.Items)
                    {
                        pending.Push((field, item));
                    }

                    break;
                case ValueKind.Yaml:
                    size += YamlSize(value.Items[0]);
                    break;
                case ValueKind.Union:
                    size += Digits(field.UnionMembers.Count) + 1;
                    pending.Push((field.UnionMembers[int.Parse(value.Text, CultureInfo.InvariantCulture)], value.Items[0]));
                    break;
                case ValueKind.Map:
                    size += Digits(value.Items.Count) + 1;
                    foreach (var item in value.Items)
                    {
                        Scratch.Clear();
                        TableFormat.WriteString(Scratch, item.Text);
                        size += Scratch.Length;
                        pending.Push((field, item.Items[0]));
                    }

                    break;
                case ValueKind.Object:
                    size += 1;
                    for (var i = 0; i < field.Fields.Count && i < value.Items.Count; i++)
                    {
                        pending.Push((field.Fields[i], value.Items[i]));
                    }

                    break;
                default:
                    size += 1;
                    break;
            }

            return size;
        }

        /// <summary>What a yaml field's tree takes in a table (its nesting is bounded by the depth limit, at most 256).</summary>
        private static int YamlSize(ValueModel node) => node.Kind switch
        {
            ValueKind.Scalar => 2 + TextLength(node.Text),
            ValueKind.List => 2 + Digits(node.Items.Count) + 1 + node.Items.Sum(YamlSize),
            ValueKind.Map => 2 + Digits(node.Items.Count) + 1 + node.Items.Sum(entry => TextLength(entry.Text) + YamlSize(entry.Items[0])),
            _ => 2,
        };

        private static int Digits(int value) => value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : value < 100000 ? 5 : value < 1000000 ? 6 : value < 10000000 ? 7 : 10;
    }
}
