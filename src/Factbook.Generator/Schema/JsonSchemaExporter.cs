using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Content;

namespace Factbook.Generator.Schema
{
    /// <summary>
    /// JSON Schemas (draft 2020-12) for content files, so YAML editors complete and check content as it is
    /// typed: one per collection and one for files that hold several. Reference fields list the ids that
    /// exist. Types follow how YAML editors read plain scalars (YAML 1.2 core schema: <c>1946</c> is a
    /// number, <c>2023-05</c> text).
    /// </summary>
    internal static class JsonSchemaExporter
    {
        public const string CombinedFileName = "content.schema.json";

        /// <summary><see cref="Naming.Identifiers.IsSlug"/> as a pattern: ids and collection names are slugs.</summary>
        internal const string SlugPattern = "^[a-z][a-z0-9]*([-_][a-z0-9]+)*$";

        /// <summary>Every schema an editor needs: one per collection, the combined one, and the schema language's.</summary>
        public static IReadOnlyList<(string FileName, string Json)> Export(SchemaSpec schema, ContentModel content)
        {
            var ids = content.Collections.ToDictionary(c => c.Type.Name, c => c.Entries.Select(e => e.Id).ToList());
            var files = schema.Types
                .Select(type => (CollectionFileName(type.CollectionName), Document(schema, new[] { type }, ids, "Content of the '" + type.CollectionName + "' collection")))
                .ToList();
            files.Add((CombinedFileName, Document(schema, schema.Types.ToList(), ids, "Factbook content")));
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
            var json = new JsonText();
            json.Open()
                .Property("$schema").String("https://json-schema.org/draft/2020-12/schema")
                .Property("title").String(title)
                .Property("type").String("object")
                .Property("properties").Open();
            foreach (var type in collections)
            {
                var reference = "#/$defs/" + type.Name;
                json.Property(type.CollectionName).Open()
                    .Property("description").String(type.Description.Length > 0 ? type.Description : "Entries of type " + type.Name)
                    .Property("oneOf").OpenArray()
                    .Item().Open().Property("$ref").String(reference).Close()
                    .Item().Open().Property("type").String("array").Property("items").Open().Property("$ref").String(reference).Close().Close()
                    .Item().Open().Property("type").String("null").Close()
                    .CloseArray()
                    .Close();
            }

            json.Close().Property("additionalProperties").Bool(false).Property("$defs").Open();
            foreach (var type in schema.Types)
            {
                WriteObject(json, type.Name, type.Description, type.Fields, ids, isEntry: true);
            }

            return json.Close().Close().ToString();
        }

        private static void WriteObject(JsonText json, string name, string description, Model.EquatableArray<FieldSpec> fields, Dictionary<string, List<string>> ids, bool isEntry)
        {
            json.Property(name).Open().Property("type").String("object");
            if (description.Length > 0)
            {
                json.Property("description").String(description);
            }

            json.Property("properties").Open();
            if (isEntry)
            {
                json.Property("id").Open().Property("type").String("string").Property("pattern").String(SlugPattern)
                    .Property("description").String("The entry's id, unique in its collection: a lowercase slug.").Close();
                json.Property("retired").Open()
                    .Property("description").String("Marks the entry retired: true, the reason, or the reason and the id of the entry that supersedes it.")
                    .Property("anyOf").OpenArray()
                    .Item().Open().Property("type").OpenArray().Item().String("boolean").Item().String("string").CloseArray().Close()
                    .Item().Open().Property("type").String("object")
                    .Property("properties").Open()
                    .Property("reason").Open().Property("type").String("string").Close()
                    .Property("superseded_by").Open().Property("enum").Strings(IdsOf(name, ids)).Close()
                    .Close().Property("additionalProperties").Bool(false).Close().CloseArray().Close();
            }

            foreach (var field in fields)
            {
                json.Property(field.Name).Open();
                if (field.Description.Length > 0)
                {
                    json.Property("description").String(field.Description);
                }

                if (field.IsNullable || (!field.IsRequired && field.IsList))
                {
                    json.Property("anyOf").OpenArray().Item().Open();
                    WriteValue(json, field, ids);
                    json.Close().Item().Open().Property("type").String("null").Close().CloseArray();
                }
                else
                {
                    WriteValue(json, field, ids);
                }

                json.Close();
            }

            var required = fields.Where(field => field.IsRequired).Select(field => field.Name);
            json.Close().Property("required").Strings(isEntry ? new[] { "id" }.Concat(required) : required)
                .Property("additionalProperties").Bool(false).Close();
            foreach (var field in fields.Where(field => field.Kind == FieldKind.Object))
            {
                WriteObject(json, field.TypeName, field.Description, field.Fields, ids, isEntry: false);
            }
        }

        private static IEnumerable<string> IdsOf(string typeName, Dictionary<string, List<string>> ids) =>
            ids.TryGetValue(typeName, out var own) ? own : Enumerable.Empty<string>();

        private static void WriteValue(JsonText json, FieldSpec field, Dictionary<string, List<string>> ids)
        {
            if (field.IsList)
            {
                json.Property("type").String("array").Property("items").Open();
                WriteSingle(json, field, ids);
                json.Close();
                return;
            }

            WriteSingle(json, field, ids);
        }

        private static void WriteSingle(JsonText json, FieldSpec field, Dictionary<string, List<string>> ids)
        {
            switch (field.Kind)
            {
                case FieldKind.Scalar:
                    field.Scalar!.WriteJsonSchema(json);
                    break;
                case FieldKind.Enum:
                    json.Property("enum").Strings(field.EnumValues);
                    break;
                case FieldKind.Reference:
                    json.Property("enum").Strings(IdsOf(field.TypeName, ids));
                    break;
                default:
                    json.Property("$ref").String("#/$defs/" + field.TypeName);
                    break;
            }
        }
    }
}
