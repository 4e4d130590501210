using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Factbook.Generator.Content;
using Factbook.Generator.Model;
using Factbook.Generator.Schema;
using static Factbook.Cli.JsonSchemas.JsonSchemaText;

namespace Factbook.Cli.JsonSchemas
{
    /// <summary>
    /// JSON Schemas (draft 2020-12) for content files, so YAML editors complete and check content as it is
    /// typed: one per collection and one for files that hold several. Reference fields list the ids that
    /// exist. Types follow how YAML editors read plain scalars (YAML 1.2 core schema: <c>1946</c> is a
    /// number, <c>2023-05</c> text); each scalar kind says what its values are (<c>ScalarKind.JsonSchema</c>).
    /// </summary>
    internal static class JsonSchemaExporter
    {
        public const string CombinedFileName = "content.schema.json";

        /// <summary><see cref="Generator.Naming.Identifiers.IsSlug"/> as a pattern: collection names are slugs.</summary>
        internal const string SlugPattern = "^[a-z][a-z0-9]*([-_][a-z0-9]+)*$";

        /// <summary>An id: any one line of text.</summary>
        internal const string IdPattern = "^[^\\r\\n]+$";

        /// <summary>Every schema an editor needs: one per collection, the combined one, and the schema language's.</summary>
        public static IReadOnlyList<(string FileName, string Json)> Export(SchemaSpec schema, ContentModel content)
        {
            var ids = content.Collections.ToDictionary(c => c.Type.Name, c => c.Entries.Select(e => e.Id).ToList());
            // Types held inside others have no files of their own: they are described where they sit, in their holder's.
            var files = schema.Types
                .Where(type => !type.Binding.IsNested)
                .Select(type => (CollectionFileName(type.CollectionName), type.Binding.IsBound
                    ? BoundDocument(schema, type, ids)
                    : Document(schema, new[] { type }, ids, "Content of the '" + type.CollectionName + "' collection")))
                .ToList();
            files.Add((CombinedFileName, Document(schema, schema.Types.Where(type => !type.Binding.IsBound && !type.Binding.IsNested).ToList(), ids, "Factbook content")));
            files.Add((SchemaLanguageJsonSchema.FileName, SchemaLanguageJsonSchema.Write(schema.Types.Select(type => type.Name))));
            return files;
        }

        /// <summary>
        /// <c>places.schema.json</c>; a collection named <c>content</c> or <c>schema-language</c> gets
        /// <c>content.collection.schema.json</c>, so it never overwrites the combined or the language schema.
        /// </summary>
        public static string CollectionFileName(string collection) =>
            collection + (collection is "content" or "schema-language" ? ".collection" : string.Empty) + ".schema.json";

        private static string Document(SchemaSpec schema, IReadOnlyList<TypeSpec> collections, Dictionary<string, List<string>> ids, string title)
        {
            var properties = new JsonObject();
            foreach (var type in collections)
            {
                var reference = "#/$defs/" + type.Name;
                properties[type.CollectionName] = new JsonObject
                {
                    ["description"] = type.Description.Length > 0 ? type.Description : "Entries of type " + type.Name,
                    ["oneOf"] = new JsonArray(
                        new JsonObject { ["$ref"] = reference },
                        new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = reference } },
                        new JsonObject { ["type"] = "null" }),
                };
            }

            var definitions = new JsonObject();
            foreach (var type in schema.Types)
            {
                // Each type's own binding: where its ids come from, and whether it takes fields it does not declare.
                AddObject(definitions, type.Name, type.Description, type.Fields, ids, isEntry: true, type.Binding);
                AddHeld(definitions, type, schema);
            }

            return Write(new JsonObject
            {
                ["$schema"] = Draft,
                ["title"] = title,
                ["type"] = "object",
                ["properties"] = properties,
                ["additionalProperties"] = false,
                ["$defs"] = definitions,
            });
        }

        /// <summary>
        /// The schema of the files a type binds with <c>files</c>, in its layout: a list of entries, a map from ids
        /// to entries, one entry, or groups of entries (any of the first three when the layout is not stated).
        /// Editors are pointed at it by the files' pattern (README, "Using existing YAML"), since the files
        /// themselves stay as they are, without a <c>$schema</c> line.
        /// </summary>
        private static string BoundDocument(SchemaSpec schema, TypeSpec type, Dictionary<string, List<string>> ids)
        {
            var entry = new JsonObject { ["$ref"] = "#/$defs/" + type.Name };
            JsonObject List() => new() { ["type"] = "array", ["items"] = entry.DeepClone() };
            JsonObject Map() => new() { ["type"] = "object", ["additionalProperties"] = new JsonObject { ["anyOf"] = new JsonArray(entry.DeepClone(), new JsonObject { ["type"] = "null" }) } };
            var document = type.Binding.Layout switch
            {
                FileLayout.List => List(),
                FileLayout.Map => Map(),
                FileLayout.Record => (JsonObject)entry.DeepClone(),
                FileLayout.Groups => new JsonObject { ["type"] = "object", ["additionalProperties"] = List() },
                FileLayout.Collections => new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject { [type.CollectionName] = new JsonObject { ["anyOf"] = new JsonArray(entry.DeepClone(), List()) } },
                },
                _ => new JsonObject { ["anyOf"] = new JsonArray(List(), Map(), entry.DeepClone()) },
            };
            var definitions = new JsonObject();
            foreach (var declared in schema.Types)
            {
                AddObject(definitions, declared.Name, declared.Description, declared.Fields, ids, isEntry: true, declared.Binding);
                AddHeld(definitions, declared, schema);
            }

            document["$schema"] = Draft;
            document["title"] = "Content of the '" + type.CollectionName + "' collection, in " + string.Join(", ", type.Binding.Files);
            document["$defs"] = definitions;
            return Write(document);
        }

        /// <summary>The definition of a type or a nested object, then those of its nested objects.</summary>
        private static void AddObject(JsonObject definitions, string name, string description, EquatableArray<FieldSpec> fields, Dictionary<string, List<string>> ids, bool isEntry, TypeBinding? binding = null)
        {
            var properties = new JsonObject();
            binding ??= TypeBinding.Default;
            // With an inferred layout and no id source stated, ids come from the 'id' field of a list only; held
            // entries are read as a map's values (at: jobs{}, ids from keys) or a list's items.
            var layout = binding.IsNested ? (binding.At[binding.At.Count - 1].Each == EntryPathEach.MapValues ? FileLayout.Map : FileLayout.List) : binding.Layout;
            var idSource = layout == FileLayout.Inferred ? binding.IdFrom : binding.IdSourceFor(layout);
            var idIsAField = idSource is null or IdSource.Field && binding.IdField == Keywords.Id;
            var idIsRequired = idSource == IdSource.Field && binding.IdField == Keywords.Id;
            if (isEntry && idIsAField)
            {
                properties[Keywords.Id] = new JsonObject
                {
                    ["type"] = "string",
                    ["pattern"] = IdPattern,
                    ["description"] = "The entry's id, unique in its collection: one line of text.",
                };
            }

            if (isEntry)
            {
                properties[Keywords.Retired] = Retired(IdsOf(name, ids));
            }

            // The link to a holding entry is set from where the entry is, never written.
            foreach (var field in fields.Where(field => !field.IsContainer))
            {
                properties[field.Name] = Property(field, ids);
            }

            var definition = new JsonObject { ["type"] = "object" };
            if (description.Length > 0)
            {
                definition["description"] = description;
            }

            // The group field is filled from the group's key, so an entry of a group does not write it.
            var required = fields.Where(field => field.IsRequired && !field.IsContainer && field.Name != binding.GroupField).Select(field => field.Name);
            definition["properties"] = properties;
            definition["required"] = Strings(isEntry && idIsRequired ? new[] { "id" }.Concat(required) : required);
            definition["additionalProperties"] = binding.ExtraFields != ExtraFieldsPolicy.Error;
            // An entry of a group never writes the group field: a condition on it cannot be told from the entry alone.
            var conditions = fields.Where(field => field.RequiredWhenField.Length > 0 && field.RequiredWhenField != binding.GroupField).Select(field => RequiredWhen(field, fields.First(sibling => sibling.Name == field.RequiredWhenField))).ToArray();
            if (conditions.Length > 0)
            {
                definition["allOf"] = new JsonArray(conditions);
            }

            definitions[name] = definition;
            // Nested objects follow their type's extra_fields, as the build reads them.
            foreach (var field in fields.Where(field => field.Kind == FieldKind.Object).Concat(fields.SelectMany(field => field.UnionMembers.Where(member => member.Kind == FieldKind.Object))))
            {
                AddObject(definitions, field.TypeName, field.Description, field.Fields, ids, isEntry: false, TypeBinding.Default with { ExtraFields = binding.ExtraFields });
            }
        }

        /// <summary>
        /// <c>required_when</c>: the field is required where its sibling has the value (FB0054), written as the editor
        /// reads it; the sibling is an enum, whose values are texts. A sibling left out counts when its default is that value.
        /// </summary>
        private static JsonNode RequiredWhen(FieldSpec field, FieldSpec sibling)
        {
            var text = field.RequiredWhenValue;
            var condition = new JsonObject { ["properties"] = new JsonObject { [sibling.Name] = new JsonObject { ["const"] = text } } };
            var member = sibling.EnumValues.ToList().IndexOf(text) is var at && at >= 0 ? sibling.EnumMembers[at] : null;
            if (sibling.Default?.Text != member)
            {
                condition["required"] = Strings(new[] { sibling.Name });
            }

            return new JsonObject
            {
                ["if"] = condition,
                ["then"] = new JsonObject
                {
                    ["required"] = Strings(new[] { field.Name }),
                    ["properties"] = new JsonObject
                    {
                        [field.Name] = field.IsList ? new JsonObject { ["type"] = "array", ["minItems"] = 1 }
                            : field.IsMap ? new JsonObject { ["type"] = "object", ["minProperties"] = 1 }
                            : new JsonObject { ["not"] = new JsonObject { ["type"] = "null" } },
                    },
                },
            };
        }

        /// <summary>
        /// The keys of a type's entries that lead to the entries they hold (<c>at: subcategories[].items[]</c>), each
        /// down to the held type's definition, so editors check and complete entries at any depth.
        /// </summary>
        private static void AddHeld(JsonObject definitions, TypeSpec type, SchemaSpec schema)
        {
            var properties = (JsonObject)definitions[type.Name]!["properties"]!;
            foreach (var (held, from) in EntryPath.Through(schema, type))
            {
                var at = held.Binding.At;
                var below = Below(at, from, "#/$defs/" + held.Name);
                var key = at[from].Key;
                // Two held types may go down through one key: the value must then lead to both.
                properties[key] = properties[key] is { } first ? new JsonObject { ["allOf"] = new JsonArray(first.DeepClone(), below) } : below;
            }
        }

        /// <summary>The value under step <paramref name="step"/>'s key: a list or map of what follows, then the held entry itself.</summary>
        private static JsonObject Below(EquatableArray<EntryPathStep> at, int step, string reference)
        {
            var next = step == at.Count - 1
                ? new JsonObject { ["$ref"] = reference }
                : new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { [at[step + 1].Key] = Below(at, step + 1, reference) } };
            // As the build reads them: an empty value under a key holds nothing, and an empty value of a map is an entry with no fields.
            JsonObject OrNull(JsonObject value) => new() { ["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" }) };
            return at[step].Each switch
            {
                EntryPathEach.ListItems => OrNull(new JsonObject { ["type"] = "array", ["items"] = next }),
                EntryPathEach.MapValues => OrNull(new JsonObject { ["type"] = "object", ["additionalProperties"] = step == at.Count - 1 ? OrNull(next) : next }),
                _ => OrNull(next),
            };
        }

        /// <summary><c>retired</c>: true, the reason, or the reason and the id of the entry that supersedes it.</summary>
        private static JsonObject Retired(IEnumerable<string> ids) => new()
        {
            ["description"] = "Marks the entry retired: true, the reason, or the reason and the id of the entry that supersedes it.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = Strings(new[] { "boolean", "string" }) },
                new JsonObject
                {
                    ["type"] = "object",
                    ["properties"] = new JsonObject
                    {
                        [Keywords.Reason] = new JsonObject { ["type"] = "string" },
                        [Keywords.SupersededBy] = new JsonObject { ["enum"] = Strings(ids) },
                    },
                    ["additionalProperties"] = false,
                }),
        };

        /// <summary>A field's property: its description and values, or null where it may be left out.</summary>
        private static JsonObject Property(FieldSpec field, Dictionary<string, List<string>> ids)
        {
            var property = new JsonObject();
            if (field.Description.Length > 0)
            {
                property["description"] = field.Description;
            }

            if (field.IsNullable || (!field.IsRequired && field.IsList))
            {
                var value = new JsonObject();
                AddValue(value, field, ids);
                property["anyOf"] = new JsonArray(value, new JsonObject { ["type"] = "null" });
            }
            else
            {
                AddValue(property, field, ids);
            }

            return property;
        }

        /// <summary>
        /// Whether a .NET pattern means the same to an editor's JavaScript engine: no inline options, named or
        /// conditional groups, Unicode categories or anchors JavaScript lacks. Others stay out of the JSON Schema
        /// (the build still checks them), as an editor would refuse them or read them differently.
        /// </summary>
        private static bool IsPortablePattern(string pattern) =>
            !new[] { "(?", "\\p", "\\P", "\\A", "\\z", "\\Z", "\\G", "\\d", "\\w", "\\s", "\\D", "\\W", "\\S", "\\b", "\\B" }.Any(construct => pattern.Contains(construct, System.StringComparison.Ordinal));

        private static IEnumerable<string> IdsOf(string typeName, Dictionary<string, List<string>> ids) =>
            ids.TryGetValue(typeName, out var own) ? own : Enumerable.Empty<string>();

        private static void AddValue(JsonObject value, FieldSpec field, Dictionary<string, List<string>> ids)
        {
            if (field.IsList)
            {
                var item = new JsonObject();
                AddSingle(item, field, ids);
                value["type"] = "array";
                value["items"] = item;
                return;
            }

            if (field.IsMap)
            {
                var each = new JsonObject();
                AddSingle(each, field, ids);
                value["type"] = new JsonArray("object", "null");
                value["additionalProperties"] = each;
                return;
            }

            AddSingle(value, field, ids);
        }

        private static void AddSingle(JsonObject value, FieldSpec field, Dictionary<string, List<string>> ids)
        {
            switch (field.Kind)
            {
                case FieldKind.Scalar:
                    AddFacts(value, field.Scalar!.JsonSchema);
                    if (field.Pattern.Length > 0 && IsPortablePattern(field.Pattern))
                    {
                        value["pattern"] = field.Pattern;
                    }

                    break;
                case FieldKind.Enum:
                    value["enum"] = Strings(field.EnumValues);
                    break;
                case FieldKind.Reference:
                    value["enum"] = Strings(IdsOf(field.TypeName, ids));
                    break;
                case FieldKind.Union:
                    value["anyOf"] = new JsonArray(field.UnionMembers.Select(member =>
                    {
                        var one = new JsonObject();
                        AddSingle(one, member, ids);
                        return (JsonNode)one;
                    }).ToArray());
                    break;
                case FieldKind.Yaml:
                    // Any YAML: the schema says nothing of its shape.
                    break;
                default:
                    value["$ref"] = "#/$defs/" + field.TypeName;
                    break;
            }
        }
    }
}
