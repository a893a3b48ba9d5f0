const { CucumberExpression, ParameterTypeRegistry } = require('@cucumber/cucumber-expressions');
const reg = new ParameterTypeRegistry();
for (const [e, t] of [
 ['롤아웃을 일시 정지하면/일시 정지한다/일시 중지하면/일시 중지한다', '롤아웃을 일시 정지하면'],
 ['롤아웃을 일시 정지하면/일시 정지한다/일시 중지하면/일시 중지한다', '롤아웃을 일시 정지한다'],
]) { const x = new CucumberExpression(e, reg); console.log(x.regexp.source, JSON.stringify(t), !!x.match(t)); }
