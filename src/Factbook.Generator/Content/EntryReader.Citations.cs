namespace Factbook.Generator.Content
{
    internal static partial class EntryReader
    {
        /// <summary>What the verbatim check needs from an entry: its quotes and the texts it names.</summary>
        private sealed partial class Reader
        {
            /// <summary>
            /// Text that must be verbatim in a document (<c>verbatim_in</c>), and the text file an entry names (a field
            /// of type <c>file</c>), kept with where they are written for <see cref="VerbatimCheck"/>.
            /// </summary>
            private void NoteCitationsAndDocuments(EquatableArray<FieldSpec> fields, YamlNode mapping, string typeName, ValueModel[] values, EntryState entry, bool isEntry)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    var field = fields[i];
                    if (isEntry && entry.Id.Length > 0 && field.Scalar is Kinds.FileKind && !field.IsMany && values[i].Kind is ValueKind.Scalar or ValueKind.Null)
                    {
                        // A name the schema's default gives is located at the entry, which does not write it; an
                        // optional text left out is kept too, so that its quotes are said to be unchecked.
                        var fileName = values[i].Kind == ValueKind.Scalar ? values[i].Text : string.Empty;
                        entry.Documents.Add(new DocumentText(typeName, entry.Id, fileName, _path, mapping.Get(field.Name)?.Span ?? entry.Span, field.Name));
                    }

                    if (isEntry && entry.Id.Length > 0 && field.IsCitedText && values[i].Kind == ValueKind.Scalar)
                    {
                        // A whole quotation whose parts other entries cite: its value is the text they are checked against.
                        entry.Documents.Add(new DocumentText(typeName, entry.Id, string.Empty, _path, mapping.Get(field.Name)?.Span ?? entry.Span, field.Name) { Inline = values[i].Text });
                    }

                    if (field.VerbatimIn.Length == 0 || mapping.Get(field.Name) is not { } textNode)
                    {
                        continue;
                    }

                    var sibling = IndexOf(fields, field.VerbatimSource);
                    if (sibling < 0 && !isEntry)
                    {
                        entry.EnclosedCitations.Add((field, textNode)); // names a field of the entry, whose values are not all read yet
                        continue;
                    }

                    Cite(field, textNode, sibling < 0 ? null : fields[sibling], sibling < 0 ? ValueModel.Null : values[sibling], typeName, entry);
                }

                if (isEntry)
                {
                    foreach (var (field, textNode) in entry.EnclosedCitations)
                    {
                        var source = IndexOf(fields, field.VerbatimSource);
                        Cite(field, textNode, source < 0 ? null : fields[source], source < 0 ? ValueModel.Null : values[source], typeName, entry);
                    }
                }
            }

            /// <summary>
            /// A text to find word for word in the text of the entry <paramref name="source"/> names (a reference), or of
            /// the entry itself (a file field); nothing when no document is named, which is reported at its own field.
            /// </summary>
            private void Cite(FieldSpec field, YamlNode textNode, FieldSpec? source, ValueModel sourceValue, string typeName, EntryState entry)
            {
                var (documentType, document) = source switch
                {
                    { Scalar: Kinds.FileKind } when entry.Id.Length > 0 => (typeName, entry.Id),
                    { Kind: FieldKind.Reference } when sourceValue.Kind == ValueKind.Reference => (source.TypeName, sourceValue.Text),
                    _ => (string.Empty, string.Empty),
                };
                if (document.Length == 0)
                {
                    return;
                }

                var documentField = source is { Kind: FieldKind.Reference } ? field.VerbatimTextField : string.Empty;
                IEnumerable<YamlNode> nodes = textNode.Kind == YamlNodeKind.Sequence ? textNode.Items : new[] { textNode };
                foreach (var node in nodes.Where(node => node.Kind == YamlNodeKind.Scalar && !node.IsNull))
                {
                    entry.Citations.Add(new Citation(_path, node.Text, documentType, document, field.Name, node.Span) { DocumentField = documentField });
                }
            }


            private static int IndexOf(EquatableArray<FieldSpec> fields, string name)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    if (fields[i].Name == name)
                    {
                        return i;
                    }
                }

                return -1;
            }
        }
    }
}
