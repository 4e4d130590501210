using System.Collections.Generic;
using Factbook.Generator.Model;
using Factbook.Generator.Schema;

namespace Factbook.Generator.Naming
{
    /// <summary>Every top-level type the generated code declares in the content namespace, for one schema.</summary>
    internal static class GeneratedTypeNames
    {
        public static EquatableArray<string> Of(SchemaSpec schema)
        {
            var names = new List<string> { SupportTypeNames.PartialDate, SupportTypeNames.Reader, SupportTypeNames.Table };
            foreach (var type in schema.Types)
            {
                names.Add(type.Name);
                names.Add(type.CollectionClass);
                names.Add(type.IdEnum);
                names.Add(type.Name + "RefAttribute");
                AddFieldTypes(type.Fields, names);
            }

            return names.ToEquatableArray();
        }

        private static void AddFieldTypes(EquatableArray<FieldSpec> fields, List<string> names)
        {
            var pending = new Stack<EquatableArray<FieldSpec>>();
            pending.Push(fields);
            while (pending.Count > 0)
            {
                foreach (var field in pending.Pop())
                {
                    if (field.Kind == FieldKind.Enum)
                    {
                        names.Add(field.TypeName);
                        names.Add(field.TypeName + "Extensions");
                    }
                    else if (field.Kind == FieldKind.Object)
                    {
                        names.Add(field.TypeName);
                        pending.Push(field.Fields);
                    }
                }
            }
        }
    }
}
