namespace Factbook.Generator.Content
{
    /// <summary>
    /// An entry's values as short plain-text lines (<c>population: 489359</c>) and where it is written, for the doc
    /// comment of its member, so hovering <c>Places.Kaliningrad</c> shows the fact. Long values and lists are cut
    /// short: the comment is a preview, the table holds the data.
    /// </summary>
    internal static class EntryFacts
    {
        private const int MaxValueChars = 80;
        private const int MaxListItems = 5;
        private const int MaxLines = 12;

        /// <summary>
        /// One line per field with a value (at most <see cref="MaxLines"/>), joined by '\n'. The display field is
        /// left out: the summary above the lines already shows it. Where the entry is written is added when it is
        /// emitted, as it depends on the project's folder.
        /// </summary>
        public static string Describe(TypeSpec type, EquatableArray<ValueModel> values)
        {
            var fields = type.Fields;
            var lines = new List<string>();
            for (var i = 0; i < fields.Count && i < values.Count; i++)
            {
                if (values[i].Kind == ValueKind.Null || (values[i].Kind is ValueKind.List or ValueKind.Map && values[i].Items.Count == 0) || fields[i].Name == type.DisplayField)
                {
                    continue;
                }

                if (lines.Count == MaxLines)
                {
                    lines.Add("…");
                    break;
                }

                lines.Add(fields[i].Name + ": " + Shorten(Text(fields[i], values[i])));
            }

            return string.Join("\n", lines);
        }

        /// <summary><c>content/places.yaml:12</c> → <c>content/places.yaml line 12</c>.</summary>
        public static string WhereWritten(string provenance)
        {
            var separator = provenance.LastIndexOf(':');
            return separator < 0 ? provenance : provenance.Substring(0, separator) + " line " + provenance.Substring(separator + 1);
        }

        private static string Text(FieldSpec field, ValueModel value)
        {
            switch (value.Kind)
            {
                case ValueKind.List:
                    var items = value.Items.Take(MaxListItems).Select(item => Text(field, item));
                    var more = value.Items.Count > MaxListItems ? ", … (" + value.Items.Count.ToString(CultureInfo.InvariantCulture) + " in all)" : string.Empty;
                    return "[" + string.Join(", ", items) + more + "]";
                case ValueKind.Map:
                    var entries = value.Items.Take(MaxListItems).Select(item => item.Text + ": " + Text(field, item.Items[0]));
                    var others = value.Items.Count > MaxListItems ? ", … (" + value.Items.Count.ToString(CultureInfo.InvariantCulture) + " in all)" : string.Empty;
                    return "{ " + string.Join(", ", entries) + others + " }";
                case ValueKind.Object:
                    var parts = new StringBuilder("{ ");
                    for (var i = 0; i < field.Fields.Count && i < value.Items.Count; i++)
                    {
                        if (value.Items[i].Kind != ValueKind.Null)
                        {
                            parts.Append(parts.Length > 2 ? ", " : string.Empty).Append(field.Fields[i].Name).Append(": ").Append(Text(field.Fields[i], value.Items[i]));
                        }
                    }

                    return parts.Append(" }").ToString();
                case ValueKind.Enum:
                    return EnumText(field, value.Text);
                case ValueKind.Yaml:
                    return YamlText(value.Items[0]);
                case ValueKind.Union:
                    return Text(field.UnionMembers[int.Parse(value.Text, CultureInfo.InvariantCulture)], value.Items[0]);
                default:
                    return value.Text;
            }
        }

        private static string YamlText(ValueModel node) => node.Kind switch
        {
            ValueKind.List => "[" + string.Join(", ", node.Items.Take(MaxListItems).Select(YamlText)) + (node.Items.Count > MaxListItems ? ", …" : string.Empty) + "]",
            ValueKind.Map => "{ " + string.Join(", ", node.Items.Take(MaxListItems).Select(entry => entry.Text + ": " + YamlText(entry.Items[0]))) + (node.Items.Count > MaxListItems ? ", …" : string.Empty) + " }",
            ValueKind.Null => "null",
            _ => node.Text,
        };

        private static string EnumText(FieldSpec field, string member)
        {
            for (var i = 0; i < field.EnumMembers.Count; i++)
            {
                if (field.EnumMembers[i] == member)
                {
                    return field.EnumValues[i];
                }
            }

            return member;
        }

        /// <summary>One line, at most <see cref="MaxValueChars"/> characters, never cutting a surrogate pair.</summary>
        private static string Shorten(string text)
        {
            var line = text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
            if (line.Length <= MaxValueChars)
            {
                return line;
            }

            var end = MaxValueChars;
            if (char.IsHighSurrogate(line[end - 1]))
            {
                end--;
            }

            return line.Substring(0, end) + "…";
        }
    }
}
