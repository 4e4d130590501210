namespace Factbook.Generator.Content
{
    internal static partial class EntryReader
    {
        /// <summary>How a file holds its entries: Factbook's own collections, or the layout its type's files are in (list, map, record, groups), stated or told from the file.</summary>
        private sealed partial class Reader
        {
            /// <summary>Factbook's own layout: top-level keys name collections (of unbound types, and of the type that binds the file).</summary>
            private void ReadCollectionsFile(YamlNode root, TypeSpec? boundType = null)
            {
                _boundType = boundType;
                if (root.Kind != YamlNodeKind.Mapping || !root.Entries.Any(pair => FindType(pair.Key.Text) is not null || _schema.BrokenCollections.Contains(pair.Key.Text)))
                {
                    ReportUnreadFile(root);
                    return;
                }

                foreach (var collection in root.Entries)
                {
                    var name = collection.Key.Text;
                    var type = FindType(name);
                    if (type is not null)
                    {
                        ReadCollection(type, collection.Value);
                    }
                    else if (!_schema.BrokenCollections.Contains(name))
                    {
                        var known = KnownCollections();
                        Report(
                            FactbookDiagnostics.UnknownCollection,
                            collection.Key.Span,
                            MessageText.Quote(name),
                            BoundElsewhere(name) ?? Identifiers.Suggestion(name, known),
                            DeclaredCollections(known));
                    }
                }
            }

            /// <summary>The collections a key may name, then those read from their own files, with their patterns.</summary>
            private string DeclaredCollections(List<string> known)
            {
                var bound = _schema.Types.Where(type => type.Binding.IsBound)
                    .OrderBy(type => type.CollectionName, System.StringComparer.Ordinal)
                    .Select(type => type.CollectionName + " (" + string.Join(", ", type.Binding.Files) + ")")
                    .ToList();
                var keys = known.Count == 0 ? "no collections" : string.Join(", ", known);
                return bound.Count == 0 ? keys : keys + "; read from their own files: " + string.Join(", ", bound);
            }

            /// <summary>A key that names a collection read from its own files (<c>files</c>), not by a key.</summary>
            private string? BoundElsewhere(string name) =>
                _schema.Types.FirstOrDefault(type => type.CollectionName == name && (type.Binding.IsBound || type.Binding.IsNested)) is not { } type ? null
                : type.Binding.IsNested ? " (its entries are read inside " + type.Binding.Container + " entries, at " + MessageText.Quote(EntryPath.Format(type.Binding.At)) + ", not under a key of a file)"
                : " (its entries are read from its own files, " + string.Join(", ", type.Binding.Files) + ", not under a key)";

            private List<string> KnownCollections() =>
                _schema.Types.Where(type => !type.Binding.IsBound && !type.Binding.IsNested).Select(type => type.CollectionName).Concat(_schema.BrokenCollections).OrderBy(key => key, System.StringComparer.Ordinal).ToList();

            /// <summary>
            /// A file no type binds and with no collection key of its own: other YAML beside the content (a site's
            /// data, a tool's settings) gets one warning, not an error per key. A key that looks like a misspelt
            /// collection is still an error, or a typo would silently drop the file's entries.
            /// </summary>
            private void ReportUnreadFile(YamlNode root)
            {
                var known = KnownCollections();
                // A key that names a collection read elsewhere, or looks like a misspelt one.
                var misspelt = root.Kind == YamlNodeKind.Mapping
                    ? root.Entries.Where(pair => BoundElsewhere(pair.Key.Text) is not null || Identifiers.Closest(pair.Key.Text, known) is not null).ToList()
                    : new List<YamlMapEntry>();
                foreach (var pair in misspelt)
                {
                    Report(FactbookDiagnostics.UnknownCollection, pair.Key.Span, MessageText.Quote(pair.Key.Text), BoundElsewhere(pair.Key.Text) ?? Identifiers.Suggestion(pair.Key.Text, known), DeclaredCollections(known));
                }

                if (misspelt.Count == 0)
                {
                    var shape = root.Kind == YamlNodeKind.Sequence ? "a list"
                        : IsOneRecord(root) ? "one record"
                        : root.Kind == YamlNodeKind.Mapping ? "a mapping without a collection key"
                        : root.Describe();
                    Report(FactbookDiagnostics.UnreadFile, SourceSpan.FileStart, shape, known.Count == 0 ? "none" : string.Join(", ", known), ExampleBinding(root));
                }
            }

            /// <summary>
            /// The schema lines that would bind this file, as a fix to copy: its path relative to the schema's
            /// folder, where patterns start, double-quoted as YAML reads it back.
            /// </summary>
            private string ExampleBinding(YamlNode root)
            {
                var layout = root.Kind == YamlNodeKind.Sequence ? "list" : IsOneRecord(root) ? "record" : "map";
                var path = _path.Replace('\\', '/');
                // From the folder of the schema that declares the first type: '../' where the file sits beside it.
                var folder = _schema.Types.Count > 0 && _schema.Types[0].Binding.SchemaPath.Length > 0 ? TypeBindingReader.Folder(_schema.Types[0].Binding.SchemaPath) : string.Empty;
                var relative = folder.Length == 0 ? path.Substring(path.LastIndexOf('/') + 1)
                    : path.StartsWith(folder, System.StringComparison.Ordinal) ? path.Substring(folder.Length)
                    : TypeBindingReader.RelativeTo(folder, path);
                var pattern = relative.Replace("\\", "\\\\").Replace("\"", "\\\"");
                return "files: \"" + pattern + "\" and layout: " + layout;
            }

            /// <summary>
            /// A record at the file root, as one-record-per-file datasets are written: no key names a collection
            /// and some key holds a plain value, which a collection never does.
            /// </summary>
            private bool IsOneRecord(YamlNode root) =>
                root.Entries.Count > 1 &&
                root.Entries.Any(pair => pair.Value.Kind == YamlNodeKind.Scalar && !pair.Value.IsNull) &&
                !root.Entries.Any(pair => FindType(pair.Key.Text) is not null || _schema.BrokenCollections.Contains(pair.Key.Text));

            private TypeSpec? FindType(string collection)
            {
                if (_boundType is not null && _boundType.CollectionName == collection)
                {
                    return _boundType;
                }

                for (var i = 0; i < _schema.Types.Count; i++)
                {
                    if (_schema.Types[i].CollectionName == collection && !_schema.Types[i].Binding.IsBound && !_schema.Types[i].Binding.IsNested)
                    {
                        return _schema.Types[i];
                    }
                }

                return null;
            }

            private void ReadCollection(TypeSpec type, YamlNode value)
            {
                switch (value.Kind)
                {
                    case YamlNodeKind.Mapping:
                        ReadEntry(type, value, EntryOrigin.Collections);
                        break;
                    case YamlNodeKind.Sequence:
                        foreach (var item in value.Items)
                        {
                            if (item.Kind == YamlNodeKind.Mapping)
                            {
                                ReadEntry(type, item, EntryOrigin.Collections);
                            }
                            else
                            {
                                Report(FactbookDiagnostics.WrongShape, item.Span, ShapeProblems.EntryNotAMapping(type.CollectionName, item.Describe()));
                            }
                        }

                        break;
                    default:
                        if (!value.IsNull)
                        {
                            Report(FactbookDiagnostics.WrongShape, value.Span, ShapeProblems.CollectionNotAList(type.CollectionName, value.Describe()));
                        }

                        break;
                }
            }

            /// <summary>A file bound to a type by its <c>files</c>: read in the type's layout, or the one the file shows.</summary>
            /// <param name="pathId">The id the file's path gives (<see cref="FileBinding.Matches"/>).</param>
            private void ReadBoundFile(TypeSpec type, string pathId, YamlNode root)
            {
                var binding = type.Binding;
                var layout = binding.Layout == FileLayout.Inferred ? InferLayout(type, root) : binding.Layout;
                switch (layout)
                {
                    case FileLayout.Collections:
                        _boundPathId = pathId;
                        ReadCollectionsFile(root, type);
                        return;
                    case FileLayout.Record when root.Kind == YamlNodeKind.Mapping:
                        ReadEntry(type, root, new EntryOrigin(layout, pathId, 0, null, null));
                        return;
                    case FileLayout.List when root.Kind == YamlNodeKind.Sequence:
                        ReadItems(type, root, new EntryOrigin(layout, pathId, 0, null, null));
                        return;
                    case FileLayout.Map when root.Kind == YamlNodeKind.Mapping:
                        for (var i = 0; i < root.Entries.Count; i++)
                        {
                            var pair = root.Entries[i];
                            if (pair.Value.Kind == YamlNodeKind.Mapping || (pair.Value.Kind == YamlNodeKind.Scalar && pair.Value.IsNull))
                            {
                                ReadEntry(type, pair.Value, new EntryOrigin(layout, pathId, i, pair.Key, null));
                            }
                            else
                            {
                                Report(FactbookDiagnostics.WrongShape, pair.Value.Span, ShapeProblems.MapEntryNotAMapping(pair.Key.Text, type.CollectionName, pair.Value.Describe()));
                            }
                        }

                        return;
                    case FileLayout.Groups when root.Kind == YamlNodeKind.Mapping:
                        foreach (var group in root.Entries)
                        {
                            if (group.Value.Kind == YamlNodeKind.Sequence)
                            {
                                ReadItems(type, group.Value, new EntryOrigin(layout, pathId, 0, null, group.Key));
                            }
                            else if (!group.Value.IsNull)
                            {
                                Report(FactbookDiagnostics.WrongShape, group.Value.Span, ShapeProblems.GroupNotAList(group.Key.Text, type.CollectionName, group.Value.Describe()));
                            }
                        }

                        return;
                    case FileLayout.Inferred:
                        Report(FactbookDiagnostics.WrongShape, root.Span, ShapeProblems.FileOfNoLayout(type.CollectionName, root.Describe()));
                        return;
                    default:
                        Report(FactbookDiagnostics.WrongShape, root.Span, ShapeProblems.FileNotInLayout(type.CollectionName, LayoutExpectation(layout), root.Describe()));
                        return;
                }
            }

            private static string LayoutExpectation(FileLayout layout) => layout switch
            {
                FileLayout.List => "a list of entries (layout: list)",
                FileLayout.Map => "a map from ids to entries (layout: map)",
                FileLayout.Record => "one entry (layout: record)",
                _ => "a map from group keys to lists of entries (layout: groups)",
            };

            /// <summary>
            /// The layout of a file whose type does not state one: a list is a list; a mapping with a key that is a
            /// field of the type is one record; a mapping of mappings is a map from ids to entries.
            /// </summary>
            private static FileLayout InferLayout(TypeSpec type, YamlNode root)
            {
                if (root.Kind == YamlNodeKind.Sequence)
                {
                    return FileLayout.List;
                }

                if (root.Kind != YamlNodeKind.Mapping)
                {
                    return FileLayout.Inferred;
                }

                // A record holds plain values under its plain fields; a map holds a mapping under every key, even
                // under an id that is also a field's name.
                var allMappings = root.Entries.All(pair => pair.Value.Kind == YamlNodeKind.Mapping || (pair.Value.Kind == YamlNodeKind.Scalar && pair.Value.IsNull));
                var fieldKeys = root.Entries.Where(pair => pair.Key.Text == type.Binding.IdField || HasField(type.Fields, pair.Key.Text)).ToList();
                if (fieldKeys.Count > 0 && !(allMappings && fieldKeys.Any(pair => type.Fields.FirstOrDefault(field => field.Name == pair.Key.Text) is not { Kind: FieldKind.Object })))
                {
                    return FileLayout.Record;
                }

                return allMappings ? FileLayout.Map : FileLayout.Inferred;
            }

            private void ReadItems(TypeSpec type, YamlNode list, EntryOrigin origin)
            {
                for (var i = 0; i < list.Items.Count; i++)
                {
                    var item = list.Items[i];
                    if (item.Kind == YamlNodeKind.Mapping)
                    {
                        ReadEntry(type, item, origin);
                    }
                    else
                    {
                        Report(FactbookDiagnostics.WrongShape, item.Span, ShapeProblems.EntryNotAMapping(type.CollectionName, item.Describe()));
                    }
                }
            }
        }
    }
}
