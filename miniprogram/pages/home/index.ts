Page({
  data: {
    title: '公众号选型助手',
    lead: '选对公众号类型与注册路径',
    startLabel: '开始',
    startedLabel: '',
    started: false,
  },
  onStart() {
    this.setData({ started: true, startedLabel: '即将推出' });
  },
});
