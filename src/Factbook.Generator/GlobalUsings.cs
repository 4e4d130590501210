// The namespaces nearly every file of the generator uses, once, instead of a block at the top of each file.
global using System;
global using System.Collections.Generic;
global using System.Globalization;
global using System.Linq;
global using System.Text;
global using System.Threading;
global using Factbook.Generator.Content;
global using Factbook.Generator.Diagnostics;
global using Factbook.Generator.Emit;
global using Factbook.Generator.Kinds;
global using Factbook.Generator.Model;
global using Factbook.Generator.Naming;
global using Factbook.Generator.Parsing;
global using Factbook.Generator.Schema;
