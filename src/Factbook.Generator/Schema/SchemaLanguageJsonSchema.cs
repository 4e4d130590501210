using System.Collections.Generic;
using System.Linq;

namespace Factbook.Generator.Schema
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
        private static readonly string TypesWithDefault = TypePattern("string|int|decimal|bool|date|url|enum", orList: false);

        private const string TypeNamePattern = "^[A-Z][A-Za-z0-9]*$";

        private static readonly string FieldTypePattern = TypePattern(string.Join("|", BuiltInTypes) + "|[A-Z][A-Za-z0-9]*", orList: true);

        /// <param name="declaredTypes">The types declared so far, offered for completion; other type names are accepted too.</param>
        public static string Write(IEnumerable<string> declaredTypes)
        {
            var names = BuiltInTypes.Concat(declaredTypes.OrderBy(name => name, System.StringComparer.Ordinal)).ToList();
            var json = new JsonText();
            json.Open()
                .Property("$schema").String("https://json-schema.org/draft/2020-12/schema")
                .Property("title").String("Factbook schema file")
                .Property("description").String("The content types of a Factbook project: each becomes a C# record, its collection a static class with one member per entry.")
                .Property("type").String("object")
                .Property("properties").Open()
                .Property("types").Open()
                .Property("description").String("The content types, by PascalCase name.")
                .Property("type").String("object")
                .Property("propertyNames").Open().Property("pattern").String(TypeNamePattern).Close()
                .Property("additionalProperties").Open().Property("$ref").String("#/$defs/type").Close()
                .Close()
                .Close()
                .Property("required").Strings(new[] { "types" })
                .Property("additionalProperties").Bool(false)
                .Property("$defs").Open();

            json.Property("type").Open()
                .Property("description").String("A content type and its collection.")
                .Property("type").String("object")
                .Property("properties").Open()
                .Property("collection").Open()
                .Property("description").String("The collection's name, a lowercase slug; by default the plural of the type's name in snake_case (WeaponSystem: weapon_systems).")
                .Property("type").String("string").Property("pattern").String(JsonSchemaExporter.SlugPattern)
                .Close();
            Description(json, "What the type is, for the generated doc comments.");
            json.Property("display").Open()
                .Property("description").String("The text field whose value names an entry in doc comments; by default the first required text field.")
                .Property("type").String("string")
                .Close()
                .Property("fields").Open()
                .Property("description").String("The type's fields, by name; 'id' and 'retired' every entry has already.")
                .Property("anyOf").OpenArray()
                .Item().Open().Property("$ref").String("#/$defs/fields").Close()
                .Item().Open().Property("type").String("null").Close()
                .CloseArray()
                .Property("propertyNames").Open().Property("not").Open().Property("enum").Strings(new[] { "id", "retired" }).Close().Close()
                .Close()
                .Close()
                .Property("additionalProperties").Bool(false)
                .Close();

            json.Property("fields").Open()
                .Property("type").String("object")
                .Property("propertyNames").Open()
                .Property("pattern").String("^[A-Za-z][A-Za-z0-9_-]*$")
                .Property("description").String("A field name starts with a letter and uses only ASCII letters, digits, '_' and '-'.")
                .Close()
                .Property("additionalProperties").Open().Property("$ref").String("#/$defs/field").Close()
                .Close();

            json.Property("field").Open()
                .Property("description").String("A field: its type alone (name: string), or a mapping with its 'type' and more.")
                .Property("anyOf").OpenArray()
                .Item().Open().Property("$ref").String("#/$defs/fieldType").Close()
                .Item().Open().Property("$ref").String("#/$defs/fieldDeclaration").Close()
                .CloseArray()
                .Close();

            json.Property("fieldType").Open()
                .Property("description").String("string, int, decimal, bool, date, url, enum, object, or the name of a declared type for a reference to one of its entries; add [] for a list.")
                .Property("anyOf").OpenArray()
                .Item().Open().Property("enum").Strings(names.Concat(names.Select(name => name + "[]"))).Close()
                .Item().Open().Property("type").String("string").Property("pattern").String(FieldTypePattern).Close()
                .CloseArray()
                .Close();

            json.Property("fieldDeclaration").Open()
                .Property("type").String("object")
                .Property("properties").Open()
                .Property("type").Open().Property("$ref").String("#/$defs/fieldType").Close();
            Description(json, "What the field holds, for the generated doc comments and editors.");
            json.Property("optional").Open()
                .Property("description").String("true when an entry may leave the field out; fields are required unless optional or with a default.")
                .Property("type").String("boolean")
                .Close()
                .Property("default").Open()
                .Property("description").String("The value when an entry leaves the field out: a single value of the field's type.")
                .Property("type").Strings(new[] { "string", "number", "boolean" })
                .Close()
                .Property("values").Open()
                .Property("description").String("The allowed texts of an enum, each starting with a letter.")
                .Property("type").String("array").Property("minItems").Number(1).Property("uniqueItems").Bool(true)
                .Property("items").Open().Property("type").String("string").Property("pattern").String("^[^A-Za-z0-9]*[A-Za-z]").Close()
                .Close()
                .Property("fields").Open()
                .Property("description").String("The fields of an object, as a type's.")
                .Property("$ref").String("#/$defs/fields").Property("minProperties").Number(1)
                .Close()
                .Close()
                .Property("required").Strings(new[] { "type" })
                .Property("additionalProperties").Bool(false)
                .Property("allOf").OpenArray();
            OnlyFor(json, "values", "enum");
            OnlyFor(json, "fields", "object");
            json.Item().Open()
                .Property("if").Open().Property("properties").Open().Property("type").Open().Property("pattern").String(TypesWithDefault).Close().Close().Close()
                .Property("else").Open().Property("properties").Open().Property("default").Bool(false).Close().Close()
                .Close();
            return json.CloseArray().Close().Close().Close().ToString();
        }

        private static void Description(JsonText json, string what) =>
            json.Property("description").Open()
                .Property("description").String(what)
                .Property("type").Strings(new[] { "string", "number", "boolean", "null" })
                .Close();

        /// <summary>A field type as the reader reads it, spaces around trimmed: one of <paramref name="names"/>, or a list of them.</summary>
        private static string TypePattern(string names, bool orList) =>
            "^\\s*(" + names + ")\\s*" + (orList ? "(\\[\\]\\s*)?" : string.Empty) + "$";

        /// <summary>An enum, or a list of them, needs its 'values', and an object its 'fields'; no other type may have them.</summary>
        private static void OnlyFor(JsonText json, string key, string type) =>
            json.Item().Open()
                .Property("if").Open().Property("properties").Open().Property("type").Open().Property("pattern").String(TypePattern(type, orList: true)).Close().Close().Close()
                .Property("then").Open().Property("required").Strings(new[] { key }).Close()
                .Property("else").Open().Property("properties").Open().Property(key).Bool(false).Close().Close()
                .Close();
    }
}
