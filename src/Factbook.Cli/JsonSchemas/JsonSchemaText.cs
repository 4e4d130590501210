using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Factbook.Generator.Kinds;

namespace Factbook.Cli.JsonSchemas
{
    /// <summary>What the JSON Schema writers share: the draft, the file's text, string lists and a kind's keywords.</summary>
    internal static class JsonSchemaText
    {
        public const string Draft = "https://json-schema.org/draft/2020-12/schema";

        private static readonly JsonWriterOptions Options = new()
        {
            Indented = true,
            NewLine = "\n",
            // The schemas are files for editors, not HTML: text stays readable ("The entry's id", "[+-]").
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        /// <summary>The document as an indented UTF-8 JSON file's text, ending with a line break.</summary>
        public static string Write(JsonObject document)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                document.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
        }

        /// <summary>An array of strings: enums, required keys, type lists.</summary>
        public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(value => (JsonNode?)value).ToArray());

        /// <summary>The keywords that <paramref name="facts"/> give one value of a kind, added to <paramref name="value"/>.</summary>
        public static void AddFacts(JsonObject value, JsonSchemaFacts facts)
        {
            if (facts.AnyOf.Count > 0)
            {
                value["anyOf"] = new JsonArray(facts.AnyOf.Select(alternative => (JsonNode?)Facts(alternative)).ToArray());
            }

            if (facts.Types.Count > 0)
            {
                value["type"] = facts.Types.Count == 1 ? facts.Types[0] : Strings(facts.Types);
            }

            if (facts.Pattern is not null)
            {
                value["pattern"] = facts.Pattern;
            }

            if (facts.Minimum is { } minimum)
            {
                value["minimum"] = minimum;
            }

            if (facts.Maximum is { } maximum)
            {
                value["maximum"] = maximum;
            }
        }

        private static JsonObject Facts(JsonSchemaFacts facts)
        {
            var value = new JsonObject();
            AddFacts(value, facts);
            return value;
        }
    }
}
