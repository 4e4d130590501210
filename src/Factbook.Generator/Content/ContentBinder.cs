using System;
using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Model;
using Factbook.Generator.Naming;
using Factbook.Generator.Parsing;
using Factbook.Generator.Schema;

namespace Factbook.Generator.Content
{
    /// <summary>
    /// Checks content files against the schema and builds the models to emit. Every problem is reported, and
    /// an entry with a problem is left out (with the entries that refer to it), so the generated code always
    /// compiles and one bad entry never hides the good ones.
    /// </summary>
    internal static class ContentBinder
    {
        /// <summary>
        /// Names a collection class has already: its own members, and those inherited from <c>object</c> that a
        /// static member would hide. Ids may not become them.
        /// </summary>
        public static IEnumerable<string> GeneratedMembers(TypeSpec type) =>
            new[] { "All", "Count", "Get", "TryGet", type.CollectionClass, type.IdEnum, "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize" }
                .Concat(ReverseLookups(type).Select(field => ReverseLookupName(field)));

        public static IEnumerable<FieldSpec> ReverseLookups(TypeSpec type) =>
            type.Fields.Where(field => field.Kind == FieldKind.Reference);

        public static string ReverseLookupName(FieldSpec field) => "By" + field.PropertyName;

        public static ContentModel Bind(IEnumerable<ParsedYamlFile> contentFiles, SchemaSpec schema)
        {
            var files = contentFiles.OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
            var binder = new Binder(schema);
            if (!schema.HasSchemaFile && files.Count > 0)
            {
                binder.Report(FactbookDiagnostics.NoSchema, files[0].Path, SourceSpan.FileStart);
            }

            foreach (var file in files)
            {
                binder.ReadFile(file);
            }

            return binder.Finish();
        }

        private sealed class PendingEntry
        {
            public PendingEntry(string id, string path, SourceSpan span)
            {
                Id = id;
                Path = path;
                Span = span;
            }

            public string Id { get; }

            public string Path { get; }

            public SourceSpan Span { get; }

            public string MemberName { get; set; } = string.Empty;

            public EquatableArray<ValueModel> Values { get; set; }

            public bool IsExcluded { get; set; }

            public List<(string Type, string Id)> References { get; } = new();
        }

        private sealed record PendingReference(PendingEntry Owner, FieldSpec Field, string TargetId, string Path, SourceSpan Span);

        private sealed class CollectionState
        {
            public CollectionState(TypeSpec type)
            {
                Type = type;
                ReservedMembers = new HashSet<string>(GeneratedMembers(type), StringComparer.Ordinal);
            }

            public TypeSpec Type { get; }

            public HashSet<string> ReservedMembers { get; }

            public List<PendingEntry> Entries { get; } = new();

            public Dictionary<string, PendingEntry> ById { get; } = new(StringComparer.Ordinal);

            public Dictionary<string, PendingEntry> ByMember { get; } = new(StringComparer.Ordinal);
        }

        private sealed class Binder
        {
            private readonly List<DiagnosticInfo> _diagnostics = new(); 
            private readonly Dictionary<string, CollectionState> _byCollection = new(StringComparer.Ordinal);
            private readonly Dictionary<string, CollectionState> _byType = new(StringComparer.Ordinal);
            private readonly HashSet<string> _broken;
            private readonly List<PendingReference> _references = new();
            private readonly SchemaSpec _schema;

            public Binder(SchemaSpec schema)
            {
                _schema = schema;
                _broken = new HashSet<string>(schema.BrokenCollections, StringComparer.Ordinal);
                foreach (var type in schema.Types)
                {
                    var state = new CollectionState(type);
                    _byCollection.Add(type.CollectionName, state);
                    _byType.Add(type.Name, state);
                }
            }

            public void ReadFile(ParsedYamlFile file)
            {
                var root = file.Root;
                if (root is null || (root.Kind == YamlNodeKind.Scalar && root.IsNull))
                {
                    return;
                }

                if (root.Kind != YamlNodeKind.Mapping)
                {
                    Report(FactbookDiagnostics.WrongShape, file.Path, root.Span, "A content file", "a mapping from collection names to their entries", root.Describe());
                    return;
                }

                foreach (var collection in root.Entries)
                {
                    var name = collection.Key.Text;
                    if (_byCollection.TryGetValue(name, out var state))
                    {
                        ReadCollection(state, file.Path, collection.Value);
                    }
                    else if (_schema.HasSchemaFile && !_broken.Contains(name))
                    {
                        var known = _byCollection.Keys.Concat(_broken).OrderBy(key => key, StringComparer.Ordinal).ToList();
                        Report(
                            FactbookDiagnostics.UnknownCollection,
                            file.Path,
                            collection.Key.Span,
                            YamlNode.Abbreviate(name),
                            Identifiers.Suggestion(name, known),
                            known.Count == 0 ? "no collections" : string.Join(", ", known));
                    }
                }
            }

            private void ReadCollection(CollectionState state, string path, YamlNode value)
            {
                switch (value.Kind)
                {
                    case YamlNodeKind.Mapping:
                        ReadEntry(state, path, value);
                        break;
                    case YamlNodeKind.Sequence:
                        foreach (var item in value.Items)
                        {
                            if (item.Kind == YamlNodeKind.Mapping)
                            {
                                ReadEntry(state, path, item);
                            }
                            else
                            {
                                Report(FactbookDiagnostics.WrongShape, path, item.Span, "An entry of '" + state.Type.CollectionName + "'", "a mapping of fields", item.Describe());
                            }
                        }

                        break;
                    default:
                        if (!value.IsNull)
                        {
                            Report(FactbookDiagnostics.WrongShape, path, value.Span, "The collection '" + state.Type.CollectionName + "'", "a list of entries", value.Describe());
                        }

                        break;
                }
            }

            private void ReadEntry(CollectionState state, string path, YamlNode mapping)
            {
                var type = state.Type;
                var idNode = mapping.Get("id");
                PendingEntry entry;
                if (idNode is null || idNode.Kind != YamlNodeKind.Scalar || idNode.IsNull)
                {
                    Report(FactbookDiagnostics.MissingId, path, (idNode ?? mapping).Span, type.Name);
                    entry = new PendingEntry(string.Empty, path, mapping.Span) { IsExcluded = true };
                }
                else
                {
                    entry = new PendingEntry(idNode.Text, path, idNode.Span);
                    AddEntry(state, entry);
                }

                entry.Values = BindFields(type.Fields, mapping, path, type.Name, entry, isEntry: true);
            }

            private void AddEntry(CollectionState state, PendingEntry entry)
            {
                var id = entry.Id;
                if (!Identifiers.IsSlug(id))
                {
                    Report(FactbookDiagnostics.InvalidId, entry.Path, entry.Span, YamlNode.Abbreviate(id));
                    entry.IsExcluded = true;
                    return;
                }

                if (state.ById.TryGetValue(id, out var first))
                {
                    Report(FactbookDiagnostics.DuplicateId, entry.Path, entry.Span, id, state.Type.CollectionName, Where(first.Path, first.Span));
                    Report(FactbookDiagnostics.DuplicateId, first.Path, first.Span, id, state.Type.CollectionName, Where(entry.Path, entry.Span));
                    entry.IsExcluded = true;
                    return;
                }

                state.ById.Add(id, entry);
                entry.MemberName = Identifiers.ToPascalCase(id);
                if (state.ReservedMembers.Contains(entry.MemberName))
                {
                    Report(FactbookDiagnostics.IdNameCollision, entry.Path, entry.Span, id, entry.MemberName, "is a generated member of " + state.Type.CollectionClass + "; choose another id");
                    entry.IsExcluded = true;
                }
                else if (state.ByMember.TryGetValue(entry.MemberName, out var other))
                {
                    Report(FactbookDiagnostics.IdNameCollision, entry.Path, entry.Span, id, entry.MemberName, "is also the C# name of the id '" + other.Id + "' at " + Where(other.Path, other.Span));
                    entry.IsExcluded = true;
                }
                else
                {
                    state.ByMember.Add(entry.MemberName, entry);
                }

                state.Entries.Add(entry);
            }

            private EquatableArray<ValueModel> BindFields(EquatableArray<FieldSpec> fields, YamlNode mapping, string path, string typeName, PendingEntry entry, bool isEntry)
            {
                foreach (var key in mapping.Entries.Select(pair => pair.Key))
                {
                    if (!(isEntry && key.Text == "id") && !fields.Any(field => field.Name == key.Text))
                    {
                        var names = fields.Select(field => field.Name);
                        Report(FactbookDiagnostics.UnknownField, path, key.Span, typeName, YamlNode.Abbreviate(key.Text), Identifiers.Suggestion(key.Text, names));
                        entry.IsExcluded = true;
                    }
                }

                var values = new ValueModel[fields.Count];
                for (var i = 0; i < fields.Count; i++)
                {
                    var field = fields[i];
                    var node = mapping.Get(field.Name);
                    if (node is null || (node.Kind == YamlNodeKind.Scalar && node.IsNull))
                    {
                        if (field.IsRequired)
                        {
                            Report(FactbookDiagnostics.MissingRequiredField, path, entry.Span, typeName, entry.Id, field.Name);
                            entry.IsExcluded = true;
                        }

                        values[i] = field.Default ?? (field.IsList ? new ValueModel(ValueKind.List, string.Empty, EquatableArray<ValueModel>.Empty) : ValueModel.Null);
                        continue;
                    }

                    values[i] = BindValue(field, node, path, entry);
                }

                return new EquatableArray<ValueModel>(values);
            }

            private ValueModel BindValue(FieldSpec field, YamlNode node, string path, PendingEntry entry)
            {
                if (!field.IsList)
                {
                    return BindSingle(field, node, path, entry);
                }

                if (node.Kind != YamlNodeKind.Sequence)
                {
                    return Fail(entry, FactbookDiagnostics.WrongShape, path, node.Span, "The field '" + field.Name + "'", "a list", node.Describe());
                }

                return new ValueModel(ValueKind.List, string.Empty, node.Items.Select(item => BindSingle(field, item, path, entry)).ToEquatableArray());
            }

            private ValueModel BindSingle(FieldSpec field, YamlNode node, string path, PendingEntry entry)
            {
                if (field.Kind == FieldKind.Object)
                {
                    return node.Kind == YamlNodeKind.Mapping
                        ? new ValueModel(ValueKind.Object, string.Empty, BindFields(field.Fields, node, path, field.TypeName, entry, isEntry: false))
                        : Fail(entry, FactbookDiagnostics.WrongShape, path, node.Span, "The field '" + field.Name + "'", "a mapping of its fields", node.Describe());
                }

                if (node.Kind != YamlNodeKind.Scalar || node.IsNull)
                {
                    return Fail(entry, FactbookDiagnostics.WrongShape, path, node.Span, "The field '" + field.Name + "'", field.Expectation, node.Describe());
                }

                switch (field.Kind)
                {
                    case FieldKind.Enum:
                        var index = field.EnumValues.ToList().IndexOf(node.Text);
                        return index >= 0
                            ? ValueModel.Scalar(ValueKind.Enum, field.EnumMembers[index])
                            : Fail(entry, FactbookDiagnostics.UnknownEnumValue, path, node.Span, YamlNode.Abbreviate(node.Text), field.Name, string.Join(", ", field.EnumValues));
                    case FieldKind.Reference:
                        _references.Add(new PendingReference(entry, field, node.Text, path, node.Span));
                        entry.References.Add((field.TypeName, node.Text));
                        return ValueModel.Scalar(ValueKind.Reference, Identifiers.ToPascalCase(node.Text));
                    default:
                        return ScalarParser.Parse(field.Kind, node.Text)
                            ?? Fail(entry, FactbookDiagnostics.InvalidValue, path, node.Span, field.Name, field.Expectation, YamlNode.Abbreviate(node.Text));
                }
            }

            private ValueModel Fail(PendingEntry entry, FactbookDiagnostic diagnostic, string path, SourceSpan span, params string[] arguments)
            {
                Report(diagnostic, path, span, arguments);
                entry.IsExcluded = true;
                return ValueModel.Null;
            }

            public ContentModel Finish()
            {
                foreach (var reference in _references)
                {
                    var target = _byType[reference.Field.TypeName];
                    if (!target.ById.ContainsKey(reference.TargetId))
                    {
                        Report(
                            FactbookDiagnostics.UnresolvedReference,
                            reference.Path,
                            reference.Span,
                            reference.Field.Name,
                            target.Type.Name,
                            YamlNode.Abbreviate(reference.TargetId),
                            Identifiers.Suggestion(reference.TargetId, target.ById.Keys));
                        reference.Owner.IsExcluded = true;
                    }
                }

                ExcludeEntriesReferringToExcludedOnes();
                var collections = _schema.Types
                    .Select(type => new CollectionModel(type, _byType[type.Name].Entries.Where(entry => !entry.IsExcluded).Select(entry => ToModel(type, entry)).ToEquatableArray()))
                    .ToEquatableArray();
                return new ContentModel(collections, _diagnostics.ToEquatableArray());
            }

            /// <summary>Leaving out an entry leaves out the entries that refer to it, or their generated code would not compile.</summary>
            private void ExcludeEntriesReferringToExcludedOnes()
            {
                bool changed;
                do
                {
                    changed = false;
                    foreach (var entry in _byType.Values.SelectMany(state => state.Entries).Where(entry => !entry.IsExcluded))
                    {
                        if (entry.References.Any(reference => !_byType[reference.Type].ById.TryGetValue(reference.Id, out var target) || target.IsExcluded))
                        {
                            entry.IsExcluded = true;
                            changed = true;
                        }
                    }
                }
                while (changed);
            }

            private static EntryModel ToModel(TypeSpec type, PendingEntry entry)
            {
                var summary = entry.Id;
                if (type.DisplayField is { } display)
                {
                    for (var i = 0; i < type.Fields.Count; i++)
                    {
                        if (type.Fields[i].Name == display && entry.Values[i].Kind == ValueKind.String)
                        {
                            summary = entry.Values[i].Text;
                        }
                    }
                }

                return new EntryModel(entry.Id, entry.MemberName, summary, entry.Values);
            }

            private static string Where(string path, SourceSpan span) => path + "(" + span.Line + "," + span.Column + ")";

            public void Report(FactbookDiagnostic diagnostic, string path, SourceSpan span, params string[] arguments) =>
                _diagnostics.Add(DiagnosticInfo.Create(diagnostic, path, span, arguments));
        }
    }
}
