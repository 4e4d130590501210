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

            /// <summary>
            /// The field a <c>verbatim_in</c> names is a single reference beside it (the text of the entry it names), or a
            /// single field of type <c>file</c> (the text of the entry's own). In a nested object it may be a field of the
            /// entry instead (<c>when.as_written</c> in the text <c>appears_in</c> names): checked once the entry's fields
            /// are read (<see cref="CheckEnclosedVerbatim"/>).
            /// </summary>
            private void CheckVerbatimSiblings(string ownerName, List<FieldSpec> fields, bool isEntryType)
            {
                foreach (var field in fields.Where(field => field.VerbatimIn.Length > 0).ToList())
                {
                    var (path, span) = _verbatimSpans[(ownerName, field.Name)];
                    var sibling = fields.FirstOrDefault(candidate => candidate.Name == field.VerbatimSource);
                    // A file field is a text of the entry's own only at the entry's level: a nested object's names no entry;
                    // 'quotation.text' names a field of the entry a reference names.
                    var source = sibling?.Scalar is FileKind && (!isEntryType || field.VerbatimSource != field.VerbatimIn) ? null : sibling;
                    if (IsVerbatimSource(source) || (sibling is null && !isEntryType))
                    {
                        continue;
                    }

                    ReportVerbatimSibling(path, span, field, ownerName, sibling, fields);
                    fields.Remove(field);
                }
            }

            /// <summary>A single reference (to an entry with a text file) or a single file field (the entry's own text).</summary>
            private static bool IsVerbatimSource(FieldSpec? field) =>
                field is { IsList: false, IsMap: false } && (field.Kind == FieldKind.Reference || field.Scalar is FileKind);

            private void ReportVerbatimSibling(string path, SourceSpan span, FieldSpec field, string ownerName, FieldSpec? sibling, IEnumerable<FieldSpec> candidates)
            {
                var sources = candidates.Where(IsVerbatimSource).Select(candidate => candidate.Name).ToList();
                Report(FactbookDiagnostics.InvalidSchema, path, span, SchemaProblems.VerbatimSibling(field.Name, ownerName, field.VerbatimIn, sibling is null ? null : sibling.IsList || sibling.IsMap ? "a list" : "not a reference", Identifiers.Suggestion(field.VerbatimIn, sources)));
            }

            /// <summary>
            /// The <c>verbatim_in</c> of fields of nested objects that name no field beside them: each must name a source
            /// among the entry's fields. For a shared object (<paramref name="entryFields"/> empty) there is no entry to look in.
            /// </summary>
            /// <param name="entryFieldsNode">The entry's fields as written: a field written but refused for an error of its own is not said to be missing.</param>
            private void CheckEnclosedVerbatim(string path, string ownerName, EquatableArray<FieldSpec> fields, EquatableArray<FieldSpec> entryFields, YamlNode? entryFieldsNode = null)
            {
                foreach (var field in fields)
                {
                    if (field.Kind == FieldKind.Object && !field.IsShared)
                    {
                        foreach (var nested in field.Fields.Where(nested => nested.VerbatimIn.Length > 0 && !field.Fields.Any(sibling => sibling.Name == nested.VerbatimSource)))
                        {
                            var source = entryFields.FirstOrDefault(candidate => candidate.Name == nested.VerbatimSource);
                            if (!IsVerbatimSource(source) && !(source is null && entryFieldsNode?.Get(nested.VerbatimSource) is not null))
                            {
                                var (at, span) = _verbatimSpans[(field.TypeName, nested.Name)];
                                ReportVerbatimSibling(at, span, nested, field.TypeName + " or " + ownerName, source, entryFields);
                            }
                        }

                        CheckEnclosedVerbatim(path, ownerName, field.Fields, entryFields, entryFieldsNode);
                    }
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
                    foreach (var (owner, field, sibling) in VerbatimFields(type.Name, type.Fields, type.Fields))
                    {
                        // A file field names the entry's own text: the type must have only that one.
                        var targetName = sibling.Scalar is FileKind ? type.Name : sibling.TypeName;
                        if (!byName.TryGetValue(targetName, out var target))
                        {
                            continue; // a missing type is reported where it is named
                        }

                        if (field.VerbatimTextField is { Length: > 0 } textField)
                        {
                            if (!CiteTextField(types, byName, target, textField))
                            {
                                var (at, where) = _verbatimSpans[(owner, field.Name)];
                                Report(FactbookDiagnostics.InvalidSchema, at, where, SchemaProblems.VerbatimTextField(field.Name, owner, field.VerbatimIn, target.Name, MessageText.Quote(textField)));
                                types.Remove(type);
                                _broken.Add(type.CollectionName);
                                break;
                            }

                            continue;
                        }

                        var files = target.Fields.Where(candidate => candidate.Scalar is FileKind && !candidate.IsMany).Select(candidate => candidate.Name).ToList();
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

            /// <summary>
            /// Marks <paramref name="textField"/> of <paramref name="target"/> as a text others cite; false when it is not a
            /// single text field of the type's own.
            /// </summary>
            private static bool CiteTextField(List<TypeSpec> types, Dictionary<string, TypeSpec> byName, TypeSpec target, string textField)
            {
                if (!target.Fields.Any(candidate => candidate.Name == textField && candidate.Kind == FieldKind.Scalar && candidate.Scalar == ScalarKinds.String && !candidate.IsMany))
                {
                    return false;
                }

                var marked = target with { Fields = target.Fields.Select(candidate => candidate.Name == textField ? candidate with { IsCitedText = true } : candidate).ToEquatableArray() };
                var index = types.FindIndex(candidate => candidate.Name == target.Name);
                if (index >= 0)
                {
                    types[index] = marked;
                }

                byName[target.Name] = marked;
                return true;
            }

            /// <summary>Each field with <c>verbatim_in</c> and the field it names: beside it, or else among the entry's.</summary>
            private static IEnumerable<(string Owner, FieldSpec Field, FieldSpec Sibling)> VerbatimFields(string owner, EquatableArray<FieldSpec> fields, EquatableArray<FieldSpec> entryFields)
            {
                foreach (var field in fields)
                {
                    if (field.VerbatimIn.Length > 0 && (fields.FirstOrDefault(candidate => candidate.Name == field.VerbatimSource) ?? entryFields.FirstOrDefault(candidate => candidate.Name == field.VerbatimSource)) is { } sibling)
                    {
                        yield return (owner, field, sibling);
                    }

                    if (field.Kind == FieldKind.Object)
                    {
                        foreach (var nested in VerbatimFields(field.TypeName, field.Fields, entryFields))
                        {
                            yield return nested;
                        }
                    }
                }
            }
        }
    }
}
