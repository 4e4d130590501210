namespace Factbook.Generator.Schema
{
    /// <summary>Reads the <c>*.schema.yaml</c> files into <see cref="SchemaSpec"/>, reporting every mistake.</summary>
    internal static partial class SchemaReader
    {

        /// <summary>The built-in types: every scalar kind, then the two whose shape the schema declares.</summary>
        internal static IEnumerable<string> BuiltInTypes => ScalarKinds.Keywords.Concat(new[] { Keywords.Enum, Keywords.Object, Keywords.Yaml });

        public static SchemaSpec Read(IEnumerable<ParsedYamlFile> schemaFiles, CancellationToken cancellationToken = default)
        {
            var files = schemaFiles.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                return SchemaSpec.None;
            }

            var reader = new Reader();
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.ReadHeaders(file);
            }

            return reader.Finish();
        }

        /// <summary>The generated names a type owns, found before its fields so references can point anywhere.</summary>
        private sealed record TypeHeader(string Name, string CollectionName, string CollectionClass, string IdEnum, YamlNode Node, string Path);

        private sealed partial class Reader
        {
            private readonly List<DiagnosticInfo> _diagnostics = new();
            private readonly Dictionary<string, string> _claimedNames = new(StringComparer.OrdinalIgnoreCase)
            {
                [SupportTypeNames.PartialDate] = "the partial date type",
                [SupportTypeNames.Reader] = "the table reader",
                [SupportTypeNames.Table] = "the entry table",
                [SupportTypeNames.Map] = "the map of a map field",
                [SupportTypeNames.Yaml] = "the value of a yaml field",
                [SupportTypeNames.YamlKind] = "the kinds of a yaml field's values",
            };

            private readonly List<TypeHeader> _headers = new();

            private readonly List<(string Path, YamlMapEntry Entry)> _objectNodes = new();

            /// <summary>The objects read so far, by name, in declaration order; and those refused for an error.</summary>
            private readonly Dictionary<string, FieldSpec> _objects = new(StringComparer.Ordinal);
            private readonly HashSet<string> _brokenObjects = new(StringComparer.Ordinal);

            /// <summary>The schema files that say <c>booleans: yaml1.1</c> at their top, for all their bool fields.</summary>
            private readonly HashSet<string> _yaml11BooleanFiles = new(StringComparer.Ordinal);

            /// <summary>Every type's <c>files</c>, so the files of a type left out for an error are not reported as unread.</summary>
            private readonly List<(string Type, TypeBinding Binding)> _bindings = new();
            private readonly List<string> _broken = new();

            /// <summary>Where each <c>verbatim_in</c> is written, by owning type and field, for the checks made once all types are read.</summary>
            private readonly Dictionary<(string Owner, string Field), (string Path, SourceSpan Span)> _verbatimSpans = new();

            public void ReadHeaders(ParsedYamlFile file)
            {
                var root = file.Root;
                if (root is null || (root.Kind == YamlNodeKind.Scalar && root.IsNull))
                {
                    return;
                }

                if (root.Kind != YamlNodeKind.Mapping)
                {
                    Report(FactbookDiagnostics.InvalidSchema, file.Path, root.Span, SchemaProblems.NotAMapping(root.Describe()));
                    return;
                }

                CheckKeys(file.Path, root, Keywords.RootKeys, "the schema file");
                if (ReadBooleans(file.Path, root, "the schema file"))
                {
                    _yaml11BooleanFiles.Add(file.Path);
                }

                var types = root.Get(Keywords.Types);
                if (types is null || types.Kind != YamlNodeKind.Mapping)
                {
                    Report(FactbookDiagnostics.InvalidSchema, file.Path, types?.Span ?? root.Span, SchemaProblems.TypesNotAMapping());
                    return;
                }

                foreach (var entry in types.Entries)
                {
                    ReadHeader(file.Path, entry);
                }

                if (root.Get(Keywords.Objects) is { } objects)
                {
                    if (objects.Kind == YamlNodeKind.Mapping)
                    {
                        _objectNodes.AddRange(objects.Entries.Select(entry => (file.Path, entry)));
                    }
                    else if (!objects.IsNull)
                    {
                        Report(FactbookDiagnostics.InvalidSchema, file.Path, objects.Span, SchemaProblems.ObjectsNotAMapping(objects.Describe()));
                    }
                }
            }

            /// <summary>
            /// The types under <c>objects</c>, read before any type's fields so every type can use them, in the order
            /// the schema files declare them: an object may use the objects declared before it, never itself.
            /// </summary>
            private void ReadObjects()
            {
                foreach (var (path, entry) in _objectNodes)
                {
                    var name = entry.Key.Text;
                    var label = "object '" + name + "'";
                    var errorsBefore = _diagnostics.Count;
                    if (!Identifiers.IsTypeName(name))
                    {
                        Report(FactbookDiagnostics.InvalidTypeName, path, entry.Key.Span, MessageText.Quote(name));
                    }
                    else if (entry.Value.Kind != YamlNodeKind.Mapping || entry.Value.Get(Keywords.Fields) is not { Kind: YamlNodeKind.Mapping } fieldsNode || fieldsNode.Entries.Count == 0)
                    {
                        Report(FactbookDiagnostics.InvalidSchema, path, entry.Value.Span, SchemaProblems.ObjectNeedsFields(label));
                    }
                    else if (Claim(name, "the " + label, path, entry.Key.Span))
                    {
                        CheckKeys(path, entry.Value, Keywords.ObjectKeys, label);
                        var fields = ReadFields(path, fieldsNode, name, isEntryType: false);
                        CheckEnclosedVerbatim(path, name, new[] { new FieldSpec(name, name, FieldKind.Object, null, false, true, null, string.Empty, name, EquatableArray<string>.Empty, EquatableArray<string>.Empty, fields, string.Empty, string.Empty) }.ToEquatableArray(), EquatableArray<FieldSpec>.Empty);
                        if (_diagnostics.Count == errorsBefore)
                        {
                            _objects.Add(name, new FieldSpec(name, name, FieldKind.Object, null, false, true, null, Description(path, entry.Value.Get(Keywords.Description)), name, EquatableArray<string>.Empty, EquatableArray<string>.Empty, fields, string.Empty, string.Empty, IsShared: true));
                            continue;
                        }
                    }

                    _brokenObjects.Add(name);
                }
            }

            /// <summary>
            /// A type refused for its name still claims its collection and files, so its content is not also called
            /// unread (FB0039) or of an unknown collection: one schema mistake, one error.
            /// </summary>
            private void NoteRefused(string path, string name, YamlNode node)
            {
                if (node.Kind != YamlNodeKind.Mapping)
                {
                    return;
                }

                _bindings.Add((name, TypeBindingReader.FilesOnly(path, node)));
                var written = node.Get(Keywords.Collection) is { Kind: YamlNodeKind.Scalar, IsNull: false } collectionNode ? collectionNode.Text : null;
                var collection = written ?? (name.Length > 0 && char.IsLetter(name[0]) ? DefaultCollectionName(char.ToUpperInvariant(name[0]) + name.Substring(1)) : string.Empty);
                if (Identifiers.IsSlug(collection))
                {
                    _broken.Add(collection);
                }
            }

            private void ReadHeader(string path, YamlMapEntry entry)
            {
                var name = entry.Key.Text;
                if (!Identifiers.IsTypeName(name))
                {
                    Report(FactbookDiagnostics.InvalidTypeName, path, entry.Key.Span, MessageText.Quote(name));
                    NoteRefused(path, name, entry.Value);
                    return;
                }

                if (Identifiers.LengthProblem(name) is { } tooLong)
                {
                    Report(FactbookDiagnostics.NameTooLong, path, entry.Key.Span, "type name", MessageText.Quote(name), tooLong);
                    NoteRefused(path, name, entry.Value);
                    return;
                }

                var node = entry.Value;
                if (node.Kind != YamlNodeKind.Mapping)
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.TypeNotAMapping(name, node.Describe()));
                    return;
                }

                CheckKeys(path, node, Keywords.TypeKeys, "type '" + name + "'");
                _bindings.Add((name, TypeBindingReader.FilesOnly(path, node)));
                var collectionNode = node.Get(Keywords.Collection);
                var collection = collectionNode?.Text ?? DefaultCollectionName(name);
                if (!Identifiers.IsSlug(collection))
                {
                    Report(FactbookDiagnostics.InvalidCollectionName, path, collectionNode?.Span ?? entry.Key.Span, MessageText.Quote(collection));
                    return;
                }

                if (Identifiers.LengthProblem(collection) is { } collectionTooLong)
                {
                    Report(FactbookDiagnostics.NameTooLong, path, collectionNode?.Span ?? entry.Key.Span, "collection name", MessageText.Quote(collection), collectionTooLong);
                    return;
                }

                var header = new TypeHeader(name, collection, GeneratedNames.CollectionClass(collection), GeneratedNames.IdEnum(name), node, path);
                if (ClaimNames(header, entry.Key.Span, collectionNode?.Span ?? entry.Key.Span))
                {
                    _headers.Add(header);
                }
                else
                {
                    _broken.Add(collection);
                }
            }

            /// <summary>Every name a type's code declares, claimed once; false (reported) when one is taken or reserved.</summary>
            private bool ClaimNames(TypeHeader header, SourceSpan nameSpan, SourceSpan collectionSpan)
            {
                var owner = "type '" + header.Name + "'";
                if (IsOwnMemberName(header.Name, owner, header.Path, nameSpan))
                {
                    return false;
                }

                if (GeneratedNames.CollectionMembers.Contains(header.CollectionClass))
                {
                    // A class may not declare a member of its own name (CS0542): the collection 'all' would.
                    ReportCollectionNamedLikeItsMember(header, collectionSpan);
                    return false;
                }

                return Claim(header.Name, owner, header.Path, nameSpan) &&
                    Claim(header.CollectionClass, "the collection '" + header.CollectionName + "'", header.Path, collectionSpan) &&
                    Claim(header.IdEnum, "the ids of " + owner, header.Path, nameSpan) &&
                    Claim(GeneratedNames.RefAttribute(header.Name), "the id attribute of " + owner, header.Path, nameSpan);
            }

            public SchemaSpec Finish()
            {
                ReadObjects();
                var types = new List<TypeSpec>();
                foreach (var header in _headers)
                {
                    var errorsBefore = _diagnostics.Count;
                    var type = ReadType(header);
                    if (_diagnostics.Count == errorsBefore)
                    {
                        types.Add(type);
                    }
                    else
                    {
                        _broken.Add(header.CollectionName);
                    }
                }

                CheckVerbatimTargets(types);
                RemoveTypesReferencingMissingOnes(types);
                var kept = new HashSet<string>(types.Select(type => type.Name), StringComparer.Ordinal);
                return new SchemaSpec(
                    types.ToEquatableArray(),
                    _broken.OrderBy(name => name, StringComparer.Ordinal).ToEquatableArray(),
                    true,
                    _diagnostics.ToEquatableArray(),
                    _bindings.Where(pair => pair.Binding.IsBound && !kept.Contains(pair.Type)).Select(pair => pair.Binding).ToEquatableArray())
                {
                    // An object that refers to a type left out for an error is left out too (the types using it are already).
                    Objects = _objects.Values.Where(shared => References(shared.Fields).All(kept.Contains)).ToEquatableArray(),
                    BrokenHeldKeys = _headers.Where(header => !kept.Contains(header.Name)).Select(WrittenHeldKey).OfType<HeldKey>().ToEquatableArray(),
                };
            }

            /// <summary>A type that refers to a broken type can't be generated either; its own error is already reported.</summary>
            private void RemoveTypesReferencingMissingOnes(List<TypeSpec> types)
            {
                bool removed;
                do
                {
                    var names = new HashSet<string>(types.Select(type => type.Name), StringComparer.Ordinal);
                    var before = types.Count;
                    foreach (var type in types.Where(type => References(type.Fields).Any(target => !names.Contains(target))).ToList())
                    {
                        types.Remove(type);
                        _broken.Add(type.CollectionName);
                    }

                    removed = types.Count != before;
                }
                while (removed);
            }

            private static IEnumerable<string> References(EquatableArray<FieldSpec> fields) =>
                fields.SelectMany(field => field.Kind switch
                {
                    FieldKind.Reference => new[] { field.TypeName },
                    FieldKind.Object => References(field.Fields),
                    FieldKind.Union => field.UnionMembers.SelectMany(member => References(member.Fields)),
                    _ => Enumerable.Empty<string>(),
                });

            private TypeSpec ReadType(TypeHeader header)
            {
                var node = header.Node;
                var fieldsNode = node.Get(Keywords.Fields);
                EquatableArray<FieldSpec> fields;
                if (fieldsNode is null || fieldsNode.IsNull)
                {
                    fields = EquatableArray<FieldSpec>.Empty;
                }
                else if (fieldsNode.Kind != YamlNodeKind.Mapping)
                {
                    Report(FactbookDiagnostics.InvalidSchema, header.Path, fieldsNode.Span, SchemaProblems.FieldsNotAMapping(header.Name));
                    fields = EquatableArray<FieldSpec>.Empty;
                }
                else
                {
                    fields = ReadFields(header.Path, fieldsNode, header.Name, isEntryType: true);
                    CheckEnclosedVerbatim(header.Path, header.Name, fields, fields, fieldsNode);
                }

                var (container, at) = ReadNesting(header, fields);
                var ownFields = fields;
                if (container is not null)
                {
                    fields = fields.Concat(new[] { container }).ToEquatableArray();
                }

                CheckLookupNames(header, node, fieldsNode, fields);
                var binding = TypeBindingReader.Read(header.Path, node, header.Name, ownFields, (span, message) => Report(FactbookDiagnostics.InvalidBinding, header.Path, span, message), at);
                return new TypeSpec(
                    header.Name,
                    header.CollectionName,
                    header.CollectionClass,
                    header.IdEnum,
                    Description(header.Path, node.Get(Keywords.Description)),
                    ReadDisplayField(header, ownFields),
                    fields,
                    container is null ? binding : binding with { Container = container.TypeName, At = at, AtSpan = node.Get(Keywords.At)!.Span });
            }

            /// <summary>
            /// The collection class's lookups (reverse lookups and indexes, nested ones too) each need a name of their
            /// own: <c>a_b.c</c> and <c>a.b_c</c> both give <c>ByABC</c>. The second is FB0014, which leaves the type
            /// out like any schema error.
            /// </summary>
            private void CheckLookupNames(TypeHeader header, YamlNode node, YamlNode? fieldsNode, EquatableArray<FieldSpec> fields)
            {
                var owners = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var reference in fields.Where(field => field.Kind == FieldKind.Reference))
                {
                    Own(GeneratedNames.Lookup(reference), "the reverse lookup of '" + reference.Name + "'");
                }

                foreach (var index in IndexPath.Below(fields, EquatableArray<FieldSpec>.Empty))
                {
                    Own(index.LookupName, "the index of '" + string.Join(".", index.Fields.Select(field => field.Name)) + "'");
                }

                void Own(string lookup, string what)
                {
                    if (lookup == header.CollectionClass)
                    {
                        ReportCollectionNamedLikeItsMember(header, (node.Get(Keywords.Collection) ?? node).Span);
                    }
                    else if (owners.TryGetValue(lookup, out var first))
                    {
                        Report(FactbookDiagnostics.NameCollision, header.Path, (fieldsNode ?? node).Span, lookup, first, what + " of " + header.Name);
                    }
                    else
                    {
                        owners.Add(lookup, what + " of " + header.Name);
                    }
                }
            }

            private string? ReadDisplayField(TypeHeader header, EquatableArray<FieldSpec> fields)
            {
                static bool IsText(FieldSpec field) => field.Scalar == ScalarKinds.String && !field.IsList;

                var display = header.Node.Get(Keywords.Display);
                if (display is null)
                {
                    return fields.FirstOrDefault(field => IsText(field) && field.IsRequired)?.Name;
                }

                if (!fields.Any(field => field.Name == display.Text && IsText(field)))
                {
                    Report(FactbookDiagnostics.InvalidSchema, header.Path, display.Span, SchemaProblems.DisplayNotATextField(header.Name, Identifiers.Suggestion(display.Text, fields.Where(IsText).Select(field => field.Name))));
                    return null;
                }

                return display.Text;
            }

            /// <summary>A description is text; anything else is reported rather than dropped.</summary>
            private string Description(string path, YamlNode? node)
            {
                if (node is { Kind: not YamlNodeKind.Scalar })
                {
                    Report(FactbookDiagnostics.InvalidSchema, path, node.Span, SchemaProblems.DescriptionNotText(node.Describe()));
                }

                return ScalarText(node);
            }

            private void Report(FactbookDiagnostic diagnostic, string path, SourceSpan span, params string[] arguments) =>
                _diagnostics.Add(DiagnosticInfo.Create(diagnostic, path, span, arguments));
        }

        private static string ScalarText(YamlNode? node) =>
            node is { Kind: YamlNodeKind.Scalar, IsNull: false } ? node.Text : string.Empty;

        /// <summary><c>WeaponSystem</c> → <c>weapon_systems</c>: an English plural, good enough as a default.</summary>
        internal static string DefaultCollectionName(string typeName)
        {
            var words = new System.Text.StringBuilder();
            for (var i = 0; i < typeName.Length; i++)
            {
                if (i > 0 && char.IsUpper(typeName[i]))
                {
                    words.Append('_');
                }

                words.Append(char.ToLowerInvariant(typeName[i]));
            }

            var singular = words.ToString();
            if (singular.EndsWith("y", StringComparison.Ordinal) && singular.Length > 1 && "aeiou".IndexOf(singular[singular.Length - 2]) < 0)
            {
                return singular.Substring(0, singular.Length - 1) + "ies";
            }

            return singular.EndsWith("s", StringComparison.Ordinal) || singular.EndsWith("x", StringComparison.Ordinal) ||
                   singular.EndsWith("ch", StringComparison.Ordinal) || singular.EndsWith("sh", StringComparison.Ordinal)
                ? singular + "es"
                : singular + "s";
        }
    }
}