namespace Factbook.Generator.Content
{
    internal static partial class EntryReader
    {
        /// <summary>An entry's <c>retired</c> key: a flag, a reason, or a reason with the entry that supersedes it.</summary>
        private sealed partial class Reader
        {
            /// <summary>What YAML 1.1 tools read as booleans besides <c>true</c> and <c>false</c>.</summary>
            private static readonly HashSet<string> YamlOneOneBooleans = new(System.StringComparer.Ordinal)
            {
                "True", "TRUE", "False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
            };

            /// <summary>
            /// The type's <c>retired: { when: withdrawn }</c>: an entry with a value in that field is retired, the field and
            /// its value the reason (<c>withdrawn 2024-05-01T00:00:00Z</c>). No value, null or <c>false</c> keeps it.
            /// </summary>
            private static RetirementDraft? RetiredByField(TypeSpec type, YamlNode mapping, EquatableArray<ValueModel> values)
            {
                if (type.Binding.RetiredWhen.Length == 0 || mapping.Get(type.Binding.RetiredWhen) is not { Kind: YamlNodeKind.Scalar, IsNull: false } written)
                {
                    return null;
                }

                // As bound, so 'false' (or 'no' under booleans: yaml1.1) keeps the entry, and a value in error retires nothing.
                var index = type.Fields.ToList().FindIndex(candidate => candidate.Name == type.Binding.RetiredWhen);
                var value = index >= 0 && index < values.Count ? values[index] : ValueModel.Null;
                if (value.Kind == ValueKind.Null || (type.Fields[index].Scalar is BoolKind && value.Text != "true"))
                {
                    return null;
                }

                return new RetirementDraft(type.Binding.RetiredWhen + " " + written.Text, string.Empty, written.Span);
            }

            /// <summary><c>retired: true</c>, <c>retired: the reason</c>, or <c>retired: { reason: …, superseded_by: id }</c>.</summary>
            private RetirementDraft? ReadRetirement(YamlNode? node, EntryState entry)
            {
                if (node is null || node.IsNull || (node.Kind == YamlNodeKind.Scalar && node.Text == "false"))
                {
                    return null;
                }

                if (node.Kind == YamlNodeKind.Scalar)
                {
                    if (YamlOneOneBooleans.Contains(node.Text))
                    {
                        // Other tools read these as booleans; taking one as a reason would say something else.
                        Fail(entry, FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.RetiredOtherBoolean(node.Describe()));
                        return null;
                    }

                    return new RetirementDraft(node.Text == "true" ? string.Empty : node.Text, string.Empty, node.Span);
                }

                if (node.Kind == YamlNodeKind.Mapping)
                {
                    foreach (var pair in node.Entries.Where(pair => !Keywords.RetiredKeys.Contains(pair.Key.Text)))
                    {
                        Fail(entry, FactbookDiagnostics.UnknownField, pair.Key.Span, "'retired'", MessageText.Quote(pair.Key.Text), Identifiers.Suggestion(pair.Key.Text, Keywords.RetiredKeys));
                    }

                    var reason = node.Get(Keywords.Reason);
                    var supersededBy = node.Get(Keywords.SupersededBy);
                    foreach (var (name, part) in new[] { (Keywords.Reason, reason), (Keywords.SupersededBy, supersededBy) })
                    {
                        if (part is not null && part.Kind != YamlNodeKind.Scalar)
                        {
                            Fail(entry, FactbookDiagnostics.WrongShape, part.Span, ShapeProblems.RetiredPart(name, name == Keywords.Reason, part.Describe()));
                        }
                    }

                    return new RetirementDraft(
                        reason is { Kind: YamlNodeKind.Scalar, IsNull: false } ? reason.Text : string.Empty,
                        supersededBy is { Kind: YamlNodeKind.Scalar, IsNull: false } ? supersededBy.Text : string.Empty,
                        (supersededBy ?? node).Span);
                }

                Fail(entry, FactbookDiagnostics.WrongShape, node.Span, ShapeProblems.RetiredNotAValue(node.Describe()));
                return null;
            }
        }
    }
}
