using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using Factbook.Generator.Schema;
using static Factbook.Cli.JsonSchemas.JsonSchemaText;

namespace Factbook.Cli.JsonSchemas
{
    /// <summary>
    /// A JSON Schema (draft 2020-12) for the schema language itself, so YAML editors complete and check
    /// <c>*.schema.yaml</c> files as they do content. It follows <see cref="SchemaReader"/>: the same keys at
    /// each level, and every other key refused, as the reader refuses it. What needs the whole schema (a
    /// <c>display</c> naming a text field, a default of the field's type, names that collide in C#) stays
    /// with the reader: the build still checks it.
    /// </summary>
    internal static class SchemaLanguageJsonSchema
    {
        public const string FileName = "schema-language.schema.json";

        /// <summary>The field types the reader knows by name; every other type is a declared type's name.</summary>
        public static readonly string[] BuiltInTypes = SchemaReader.BuiltInTypes.ToArray();

        /// <summary>The types that can have a <c>default</c>: single values of a built-in type but object.</summary>
        private static readonly string TypesWithDefault = TypePattern(string.Join("|", Factbook.Generator.Kinds.ScalarKinds.Keywords) + "|enum", orList: false);

        private const string TypeNamePattern = "^[A-Z][A-Za-z0-9]*$";

        private static readonly string FieldTypePattern = TypePattern(string.Join("|", BuiltInTypes) + "|[A-Z][A-Za-z0-9]*", orList: true);

        /// <param name="declaredTypes">The types declared so far, offered for completion; other type names are accepted too.</param>
        public static string Write(IEnumerable<string> declaredTypes)
        {
            var names = BuiltInTypes.Concat(declaredTypes.OrderBy(name => name, System.StringComparer.Ordinal)).ToList();
            return JsonSchemaText.Write(new JsonObject
            {
                ["$schema"] = Draft,
                ["title"] = "Factbook schema file",
                ["description"] = "The content types of a Factbook project: each becomes a C# record, its collection a static class with one member per entry.",
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    [Keywords.Types] = new JsonObject
                    {
                        ["description"] = "The content types, by PascalCase name.",
                        ["type"] = "object",
                        ["propertyNames"] = new JsonObject { ["pattern"] = TypeNamePattern },
                        ["additionalProperties"] = Ref("type"),
                    },
                    [Keywords.Objects] = Objects(),
                    [Keywords.Booleans] = Booleans("for every bool field of this file"),
                },
                ["required"] = Strings(new[] { Keywords.Types }),
                ["additionalProperties"] = false,
                ["$defs"] = new JsonObject
                {
                    ["type"] = Type(),
                    ["fields"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["propertyNames"] = new JsonObject
                        {
                            ["pattern"] = "^[A-Za-z][A-Za-z0-9_-]*$",
                            ["description"] = "A field name starts with a letter and uses only ASCII letters, digits, '_' and '-'.",
                        },
                        ["additionalProperties"] = Ref("field"),
                    },
                    ["field"] = new JsonObject
                    {
                        ["description"] = "A field: its type alone (name: string), or a mapping with its 'type' and more.",
                        ["anyOf"] = new JsonArray(Ref("fieldType"), Ref("fieldDeclaration")),
                    },
                    ["fieldType"] = new JsonObject
                    {
                        ["description"] = "string, int, decimal, bool, date, url, enum, object, or the name of a declared type for a reference to one of its entries; add [] for a list; map<X> for names to values of X (map<object> with fields).",
                        ["anyOf"] = new JsonArray(
                            new JsonObject { ["enum"] = Strings(names.Concat(names.Select(name => name + "[]"))) },
                            new JsonObject { ["type"] = "string", ["pattern"] = FieldTypePattern },
                            new JsonObject
                            {
                                ["description"] = "A union: a value is the first of these that takes it (built-in kinds, and at most one object declared under 'objects').",
                                ["type"] = "array",
                                ["minItems"] = 2,
                                ["uniqueItems"] = true,
                                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^\\s*[A-Za-z][A-Za-z0-9]*\\s*$" },
                            }),
                    },
                    ["fieldDeclaration"] = FieldDeclaration(),
                },
            });
        }

        /// <summary>A type: its collection, description, display field and fields.</summary>
        private static JsonObject Type() => new()
        {
            ["description"] = "A content type and its collection.",
            ["type"] = "object",
            ["properties"] = TypeProperties(),
            ["additionalProperties"] = false,
        };

        /// <summary>The keys of a type: what it is, then how it reads YAML that exists (<see cref="BindingProperties"/>).</summary>
        private static JsonObject TypeProperties()
        {
            var properties = new JsonObject
            {
                [Keywords.Collection] = new JsonObject
                {
                    ["description"] = "The collection's name, a lowercase slug; by default the plural of the type's name in snake_case (WeaponSystem: weapon_systems).",
                    ["type"] = "string",
                    ["pattern"] = JsonSchemaExporter.SlugPattern,
                },
                [Keywords.Description] = Description("What the type is, for the generated doc comments."),
                [Keywords.Display] = Described("The text field whose value names an entry in doc comments; by default the first required text field.", "string"),
                [Keywords.Fields] = new JsonObject
                {
                    ["description"] = "The type's fields, by name; 'id' and 'retired' every entry has already.",
                    ["anyOf"] = new JsonArray(Ref("fields"), new JsonObject { ["type"] = "null" }),
                    ["propertyNames"] = new JsonObject { ["not"] = new JsonObject { ["enum"] = Strings(Keywords.EntryKeys) } },
                },
            };
            foreach (var (key, value) in BindingProperties())
            {
                properties[key] = value;
            }

            return properties;
        }

        /// <summary>The keys TypeBindingReader reads: files, layout, id, group, extra_fields, members, retired, and in, at and parent.</summary>
        private static (string Key, JsonNode Value)[] BindingProperties() => new (string, JsonNode)[]
        {
            (Keywords.Files, new JsonObject
            {
                ["description"] = "The files that hold the type's entries, as patterns relative to this schema file's folder (gems/**/*.yml); without it, entries are found by collection key in any content file.",
                ["anyOf"] = new JsonArray(
                    new JsonObject { ["type"] = "string", ["minLength"] = 1 },
                    new JsonObject { ["type"] = "array", ["minItems"] = 1, ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 } }),
            }),
            (Keywords.Layout, new JsonObject
            {
                ["description"] = "How the bound files hold entries: collections (Factbook's own), list, map (keyed by id), record (one per file) or groups; by default told from each file.",
                ["enum"] = Strings(TypeBindingReader.Layouts),
            }),
            (Keywords.Id, new JsonObject
            {
                ["description"] = "Where ids come from: { from: field, field: name }, { from: key }, { from: path } or { from: position }; by default the key of a map, the path of a record, else the 'id' field.",
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    [Keywords.From] = new JsonObject { ["enum"] = Strings(TypeBindingReader.IdSources) },
                    [Keywords.Field] = new JsonObject { ["type"] = "string" },
                },
                ["additionalProperties"] = false,
            }),
            (Keywords.Group, Described("With layout: groups, the text or enum field that takes each group's key.", "string")),
            (Keywords.ExtraFields, new JsonObject
            {
                ["description"] = "What a field the type does not declare costs: error (the default), warn, or ignore. The entry is kept either way.",
                ["enum"] = Strings(TypeBindingReader.Policies),
            }),
            (Keywords.Members, new JsonObject
            {
                ["description"] = "The C# member of some ids, by id, when the derived name collides or reads badly (\"c#\": CSharpLower); or none: no member per entry, entries are reached by Get, All and lookups.",
                ["oneOf"] = new JsonArray(
                    new JsonObject
                    {
                        ["type"] = "object",
                        // As the reader takes them: a C# identifier not starting with a lowercase ASCII letter (those are the generated code's own).
                        ["additionalProperties"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[^a-z0-9\\s][^\\s]*$" },
                    },
                    new JsonObject { ["const"] = TypeBindingReader.NoMembers }),
            }),
            (Keywords.Retired, new JsonObject
            {
                ["description"] = "The dataset's own field that retires an entry when it has a value, as retired: { when: withdrawn }: such entries are [Obsolete] and left out of All and Count.",
                ["type"] = "object",
                ["properties"] = new JsonObject { [Keywords.When] = new JsonObject { ["type"] = "string" } },
                ["required"] = Strings(new[] { Keywords.When }),
                ["additionalProperties"] = false,
            }),
            (Keywords.In, Described("The type whose entries hold this type's entries (in: Category, with at: subcategories[].items[]); each entry gets a link to the one that holds it.", "string")),
            (Keywords.At, new JsonObject
            {
                ["description"] = "With 'in': the way from a holding entry down to these entries: keys joined by '.', each with [] for every item of a list or {} for every value of a map.",
                ["type"] = "string",
                ["pattern"] = "^[^.\\[\\]{}\\s]([^.\\[\\]{}]*[^.\\[\\]{}\\s])?(\\[\\]|\\{\\})?(\\.[^.\\[\\]{}\\s]([^.\\[\\]{}]*[^.\\[\\]{}\\s])?(\\[\\]|\\{\\})?)*$",
            }),
            (Keywords.Parent, new JsonObject
            {
                ["description"] = "With 'in': the name of the link to the holding entry; by default the holding type's name in snake_case (category).",
                ["type"] = "string",
                ["pattern"] = "^[A-Za-z][A-Za-z0-9_-]*$",
            }),
        };

        /// <summary>A field written as a mapping: its type and the keys that go with it.</summary>
        private static JsonObject FieldDeclaration() => new()
        {
            ["type"] = "object",
            ["properties"] = FieldProperties(),
            ["required"] = Strings(new[] { Keywords.Type }),
            ["additionalProperties"] = false,
            ["allOf"] = new JsonArray(
                OnlyFor(Keywords.Values, Keywords.Enum),
                OnlyFor(Keywords.Fields, Keywords.Object),
                new JsonObject
                {
                    ["if"] = TypeMatches(TypesWithDefault),
                    ["else"] = new JsonObject { ["properties"] = new JsonObject { [Keywords.Default] = false } },
                }),
        };

        /// <summary>The keys of a field written as a mapping, as <see cref="Keywords.FieldKeys"/> lists them.</summary>
        private static JsonObject FieldProperties() => new()
        {
            [Keywords.Type] = Ref("fieldType"),
            [Keywords.Description] = Description("What the field holds, for the generated doc comments and editors."),
            [Keywords.Optional] = Described("true when an entry may leave the field out; fields are required unless optional or with a default.", "boolean"),
            [Keywords.Index] = Described("true gives the collection a lookup by this field's value (ByGem(\"actionpack\")); for fields of a built-in kind or an enum.", "boolean"),
            [Keywords.VerbatimIn] = Described("For a string or string[] field: a single reference field beside it, whose entry names its text in a field of type file; or a single file field of the entry (its own text); in a nested object, such a field of its entry; or 'quotation.text', a text field of the entry a reference beside it names. The build checks that this field's words occur in that text word for word.", "string"),
            [Keywords.Pattern] = Described("For a string or string[] field: a .NET regular expression every value must match (^CVE-\\d{4}-\\d+$); the build reports a value that does not at the value.", "string"),
            [Keywords.Booleans] = Booleans("for this bool field"),
            [Keywords.Name] = new JsonObject
            {
                ["description"] = "For an enum, object or union field: the C# name of the type it declares (Audit), instead of its owner's name and its own.",
                ["type"] = "string",
                ["pattern"] = TypeNamePattern,
            },
            [Keywords.RequiredWhen] = new JsonObject
            {
                ["description"] = "On an optional field: the field beside it, and its value, that make this one required, as required_when: { status: checked } (FB0054).",
                ["type"] = "object",
                ["minProperties"] = 1,
                ["maxProperties"] = 1,
                ["additionalProperties"] = new JsonObject { ["type"] = new JsonArray("string", "number", "boolean") },
            },
            [Keywords.Unique] = Described("true: no two entries share this field's value (a key the data has besides its ids), and the collection gets a lookup of the one entry with a value (ByLanguageId(42)); for a single value of a built-in kind or an enum.", "boolean"),
            [Keywords.Default] = Described("The value when an entry leaves the field out: a single value of the field's type.", Strings(new[] { "string", "number", "boolean" })),
            [Keywords.Values] = new JsonObject
            {
                ["description"] = "The allowed texts of an enum, each starting with a letter.",
                ["type"] = "array",
                ["minItems"] = 1,
                ["uniqueItems"] = true,
                ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[^A-Za-z0-9]*[A-Za-z]" },
            },
            [Keywords.Fields] = new JsonObject
            {
                ["description"] = "The fields of an object, as a type's.",
                ["$ref"] = "#/$defs/fields",
                ["minProperties"] = 1,
            },
        };

        /// <summary>The root's <c>objects</c>: object types by name, each with its fields.</summary>
        private static JsonObject Objects() => new()
        {
            ["description"] = "Object types declared once and used by name in the fields of any type (related: \"Related[]\"); an object may use the objects declared before it.",
            ["type"] = "object",
            ["propertyNames"] = new JsonObject { ["pattern"] = TypeNamePattern },
            ["additionalProperties"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject { [Keywords.Description] = Description("What the object is, for the generated doc comments."), [Keywords.Fields] = Ref("fields") },
                ["required"] = Strings(new[] { Keywords.Fields }),
                ["additionalProperties"] = false,
            },
        };

        private static JsonObject Booleans(string scope) => new()
        {
            ["description"] = "yaml1.1: YAML 1.1's yes, no, on, off (any case) are booleans " + scope + ", as in data written for YAML 1.1 readers (Jekyll, Ruby, Ansible).",
            ["enum"] = Strings(new[] { Keywords.Yaml11 }),
        };

        private static JsonObject Ref(string definition) => new() { ["$ref"] = "#/$defs/" + definition };

        /// <summary>The <c>description</c> key of a type or field: any scalar, as an editor reads it.</summary>
        private static JsonObject Description(string what) => Described(what, Strings(new[] { "string", "number", "boolean", "null" }));

        private static JsonObject Described(string description, JsonNode type) => new() { ["description"] = description, ["type"] = type };

        /// <summary>A field type as the reader reads it, spaces around trimmed: one of <paramref name="names"/>, a list of them, or a map of them (map&lt;object&gt;).</summary>
        private static string TypePattern(string names, bool orList) =>
            "^\\s*(" + names + (orList ? "|map\\s*<\\s*(" + names + ")\\s*>" : string.Empty) + ")\\s*" + (orList ? "(\\[\\]\\s*)?" : string.Empty) + "$";

        private static JsonObject TypeMatches(string pattern) =>
            new() { ["properties"] = new JsonObject { [Keywords.Type] = new JsonObject { ["type"] = "string", ["pattern"] = pattern } }, ["required"] = Strings(new[] { Keywords.Type }) };

        /// <summary>An enum, or a list of them, needs its 'values', and an object its 'fields'; no other type may have them.</summary>
        private static JsonObject OnlyFor(string key, string type) => new()
        {
            ["if"] = TypeMatches(TypePattern(type, orList: true)),
            ["then"] = new JsonObject { ["required"] = Strings(new[] { key }) },
            ["else"] = new JsonObject { ["properties"] = new JsonObject { [key] = false } },
        };
    }
}
