namespace Factbook.Generator.Schema
{
    internal static partial class SchemaReader
    {
        /// <summary>
        /// Types whose entries sit inside another type's entries (<c>in: Category</c>, <c>at: subcategories[].items[]</c>):
        /// the way down, and the reference each entry gets to the entry that holds it.
        /// </summary>
        private sealed partial class Reader
        {
            /// <summary>The link to the holding entry, to add to the type's fields, and the way down; (null, empty) for a type of its own files.</summary>
            private (FieldSpec? Container, EquatableArray<EntryPathStep> At) ReadNesting(TypeHeader header, EquatableArray<FieldSpec> fields)
            {
                var node = header.Node;
                var label = "type '" + header.Name + "'";
                var inNode = node.Get(Keywords.In);
                var none = ((FieldSpec?)null, EquatableArray<EntryPathStep>.Empty);
                if (inNode is null || inNode.IsNull)
                {
                    foreach (var key in new[] { Keywords.At, Keywords.Parent })
                    {
                        if (node.Get(key) is { } stray)
                        {
                            ReportBinding(header, stray.Span, BindingProblems.AtWithoutIn(key, label));
                        }
                    }

                    return none;
                }

                var container = inNode.Kind == YamlNodeKind.Scalar ? _headers.FirstOrDefault(candidate => candidate.Name == inNode.Text) : null;
                if (container is null)
                {
                    var found = inNode.Kind == YamlNodeKind.Scalar ? "'" + MessageText.Quote(inNode.Text) + "'" : inNode.Describe();
                    ReportBinding(header, inNode.Span, BindingProblems.InNotAType(label, found, inNode.Kind == YamlNodeKind.Scalar ? Identifiers.Suggestion(inNode.Text, _headers.Select(candidate => candidate.Name)) : string.Empty));
                    return none;
                }

                if (Cycle(header) is { } cycle)
                {
                    ReportBinding(header, inNode.Span, cycle.StartsWith(header.Name + " in ", StringComparison.Ordinal) && cycle.EndsWith(" in " + header.Name, StringComparison.Ordinal)
                        ? BindingProblems.InCycle(label, cycle)
                        : BindingProblems.InLeadsToCycle(label, container.Name, cycle));
                    return none;
                }

                RefuseOwnFiles(header, container, label);

                var atNode = node.Get(Keywords.At);
                if (atNode is not { Kind: YamlNodeKind.Scalar, IsNull: false })
                {
                    ReportBinding(header, (atNode ?? inNode).Span, BindingProblems.InNeedsAt(label, container.Name));
                    return none;
                }

                if (EntryPath.Parse(atNode.Text, out var problem) is not { } at)
                {
                    ReportBinding(header, atNode.Span, BindingProblems.AtNotAPath(label, problem));
                    return none;
                }

                // The key is the held entries', not one of the holder's own: read as both, it would have two shapes to fit.
                if (Keywords.EntryKeys.Contains(at[0].Key) || container.Node.Get(Keywords.Fields) is { Kind: YamlNodeKind.Mapping } holderFields && holderFields.Get(at[0].Key) is not null)
                {
                    ReportBinding(header, atNode.Span, BindingProblems.AtThroughAField(label, MessageText.Quote(at[0].Key), container.Name));
                    return none;
                }

                return (ContainerField(header, container, fields, label), at);
            }

            /// <summary>A held type's entries come from its holder's files: its own 'files', 'layout' or 'group' are refused.</summary>
            private void RefuseOwnFiles(TypeHeader header, TypeHeader container, string label)
            {
                foreach (var key in new[] { Keywords.Files, Keywords.Layout, Keywords.Group })
                {
                    if (header.Node.Get(key) is { } own)
                    {
                        ReportBinding(header, own.Span, BindingProblems.InWithOwnFiles(key, label, container.Name));
                    }
                }
            }

            /// <summary><c>category</c> (or the schema's <c>parent</c>): a required reference to the holding type, named clear of the type's fields.</summary>
            private FieldSpec? ContainerField(TypeHeader header, TypeHeader container, EquatableArray<FieldSpec> fields, string label)
            {
                var parentNode = header.Node.Get(Keywords.Parent);
                var name = parentNode is { Kind: YamlNodeKind.Scalar, IsNull: false } ? parentNode.Text : FieldNameOf(container.Name);
                var properties = fields.ToDictionary(field => field.PropertyName, field => field.Name, StringComparer.Ordinal);
                var problem = parentNode is { Kind: not YamlNodeKind.Scalar } ? "must be a name, not " + parentNode.Describe()
                    : fields.Any(field => field.Name == name) ? "is the name of one of its fields"
                    : FieldNameProblem(name, header.Name, isEntryType: true, properties) ?? Identifiers.LengthProblem(name);
                if (problem is not null)
                {
                    ReportBinding(header, (parentNode ?? header.Node.Get(Keywords.In)!).Span, BindingProblems.ParentName(label, MessageText.Quote(name), problem));
                    return null;
                }

                return new FieldSpec(
                    name,
                    GeneratedNames.Property(name),
                    FieldKind.Reference,
                    null,
                    IsList: false,
                    IsRequired: true,
                    Default: null,
                    "The " + container.Name + " entry that holds this one.",
                    container.Name,
                    EquatableArray<string>.Empty,
                    EquatableArray<string>.Empty,
                    EquatableArray<FieldSpec>.Empty,
                    container.CollectionClass,
                    container.IdEnum) { IsContainer = true };
            }

            /// <summary>
            /// The key a type left out for an error would have led down from its holder, as written, however wrongly: its
            /// first step, trimmed; held in every type (an empty container) when 'in' names none. Null without 'in' or 'at'.
            /// </summary>
            private HeldKey? WrittenHeldKey(TypeHeader header)
            {
                var inNode = header.Node.Get(Keywords.In);
                var atNode = header.Node.Get(Keywords.At);
                var at = atNode is { Kind: YamlNodeKind.Sequence, Items.Count: > 0 } ? atNode.Items[0] : atNode;
                if (inNode is null || inNode.IsNull || at is not { Kind: YamlNodeKind.Scalar, IsNull: false })
                {
                    return null;
                }

                var first = at.Text.Split('.')[0].Trim();
                var key = (first.EndsWith("[]", StringComparison.Ordinal) || first.EndsWith("{}", StringComparison.Ordinal) ? first.Substring(0, first.Length - 2) : first).Trim();
                var container = inNode.Kind == YamlNodeKind.Scalar && _headers.Any(candidate => candidate.Name == inNode.Text) ? inNode.Text : string.Empty;
                return key.Length == 0 ? null : new HeldKey(container, key);
            }

            /// <summary>The types that hold each other ("Item in Subcategory in Item") when following <c>in</c> from this type comes back to one already passed; null when it ends.</summary>
            private string? Cycle(TypeHeader header)
            {
                var chain = new List<string> { header.Name };
                var current = header;
                while (current.Node.Get(Keywords.In) is { Kind: YamlNodeKind.Scalar, IsNull: false } next)
                {
                    var seen = chain.IndexOf(next.Text);
                    chain.Add(next.Text);
                    if (seen >= 0)
                    {
                        return string.Join(" in ", chain.Skip(seen));
                    }

                    current = _headers.FirstOrDefault(candidate => candidate.Name == next.Text);
                    if (current is null)
                    {
                        return null;
                    }
                }

                return null;
            }

            /// <summary><c>SubCategory</c> → <c>sub_category</c>: the field name a type gives its link by default.</summary>
            private static string FieldNameOf(string typeName)
            {
                var name = new System.Text.StringBuilder();
                for (var i = 0; i < typeName.Length; i++)
                {
                    // A word starts at a capital after a small letter (SubCategory), or at the last capital of an acronym (HTTPServer).
                    var startsWord = i > 0 && char.IsUpper(typeName[i]) && (!char.IsUpper(typeName[i - 1]) || (i + 1 < typeName.Length && char.IsLower(typeName[i + 1])));
                    if (startsWord)
                    {
                        name.Append('_');
                    }

                    name.Append(char.ToLowerInvariant(typeName[i]));
                }

                return name.ToString();
            }

            private void ReportBinding(TypeHeader header, SourceSpan span, string message) =>
                Report(FactbookDiagnostics.InvalidBinding, header.Path, span, message);
        }
    }
}
