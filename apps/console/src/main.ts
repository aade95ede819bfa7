import 'element-plus/theme-chalk/base.css';
// Called as functions, not placed in templates: their styles are not found by the component resolver.
import 'element-plus/theme-chalk/el-message.css';
import 'element-plus/theme-chalk/el-message-box.css';
import 'element-plus/theme-chalk/el-overlay.css';
import { createApp } from 'vue';
import App from './App.vue';
import { i18n } from './i18n';
import { router } from './router';

const app = createApp(App).use(i18n).use(router);
// Mounted once the first route is resolved (its page's chunk loaded while nothing else runs), so the
// shell is not first drawn for no route and drawn again for the real one.
void router.isReady().then(() => app.mount('#app'));
