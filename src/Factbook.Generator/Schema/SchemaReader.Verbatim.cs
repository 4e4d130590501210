namespace Factbook.Generator.Schema
{
    internal static partial class SchemaReader
    {
        /// <summary><c>verbatim_in</c>: which text field must be quoted word for word from which document.</summary>
        private sealed partial class Reader
        {
            /// <summary>
            /// <c>verbatim_in: appears_in</c> on a text field: its text must occur word for word in the text file of
            /// the entry the sibling reference names. The sibling is checked by <see cref="CheckVerbatimSiblings"/>,
            /// the referenced type's text file once every type is read (<see cref="CheckVerbatimTargets"/>).
            /// </summary>
            private string ReadVerbatimIn(string path, YamlNode? mapping, string label, string ownerName, string fieldName, bool isText)
            {
                var node = mapping?.Get(Keywords.VerbatimIn);
                if (node is null)
                {
                    return string.Empty;
                }

                if (!isText)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.VerbatimOnText(label));
                    return string.Empty;
                }

                if (node.Kind != YamlNodeKind.Scalar || node.IsNull || node.Text.Length == 0)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.VerbatimNotAName(label));
                    return string.Empty;
                }

                _verbatimSpans[(ownerName, fieldName)] = (path, node.Span);
                return node.Text;
            }

            /// <summary>The sibling a <c>verbatim_in</c> names is a single reference of the same object.</summary>
            private void CheckVerbatimSiblings(string ownerName, List<FieldSpec> fields)
            {
                foreach (var field in fields.Where(field => field.VerbatimIn.Length > 0).ToList())
                {
                    var (path, span) = _verbatimSpans[(ownerName, field.Name)];
                    var sibling = fields.FirstOrDefault(candidate => candidate.Name == field.VerbatimIn);
                    if (sibling is { Kind: FieldKind.Reference, IsList: false })
                    {
                        continue;
                    }

                    var references = fields.Where(candidate => candidate.Kind == FieldKind.Reference && !candidate.IsList).Select(candidate => candidate.Name).ToList();
                    Report(FactbookDiagnostics.InvalidSchema, path, span, SchemaProblems.VerbatimSibling(field.Name, ownerName, field.VerbatimIn, sibling is null ? null : sibling.Kind == FieldKind.Reference ? "a list" : "not a reference", Identifiers.Suggestion(field.VerbatimIn, references)));
                    fields.Remove(field);
                }
            }

            /// <summary>
            /// The type a <c>verbatim_in</c> reference points to must name its text in exactly one field of type
            /// <c>file</c>; a type that breaks the rule is left out, as for any schema error.
            /// </summary>
            private void CheckVerbatimTargets(List<TypeSpec> types)
            {
                var byName = types.ToDictionary(type => type.Name, StringComparer.Ordinal);
                foreach (var type in types.ToList())
                {
                    foreach (var (owner, field, sibling) in VerbatimFields(type.Name, type.Fields))
                    {
                        if (!byName.TryGetValue(sibling.TypeName, out var target))
                        {
                            continue; // a missing type is reported where it is named
                        }

                        var files = target.Fields.Where(candidate => candidate.Scalar is FileKind && !candidate.IsList).Select(candidate => candidate.Name).ToList();
                        if (files.Count == 1)
                        {
                            continue;
                        }

                        var (path, span) = _verbatimSpans[(owner, field.Name)];
                        Report(FactbookDiagnostics.InvalidSchema, path, span, SchemaProblems.VerbatimTarget(field.Name, owner, field.VerbatimIn, target.Name, files));
                        types.Remove(type);
                        _broken.Add(type.CollectionName);
                        break;
                    }
                }
            }

            private static IEnumerable<(string Owner, FieldSpec Field, FieldSpec Sibling)> VerbatimFields(string owner, EquatableArray<FieldSpec> fields)
            {
                foreach (var field in fields)
                {
                    if (field.VerbatimIn.Length > 0 && fields.FirstOrDefault(candidate => candidate.Name == field.VerbatimIn) is { } sibling)
                    {
                        yield return (owner, field, sibling);
                    }

                    if (field.Kind == FieldKind.Object)
                    {
                        foreach (var nested in VerbatimFields(field.TypeName, field.Fields))
                        {
                            yield return nested;
                        }
                    }
                }
            }
        }
    }
}
